// GetSecretValue: the AWSCURRENT value, or the one a VersionId / VersionStage names.
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html
import { secretOf, serviceError, type Operation } from './operation.ts';

export const getSecretValue: Operation = (store, input) => {
  const secret = secretOf(store, input);
  if ('error' in secret) return secret;
  const stage = typeof input.VersionStage === 'string' ? input.VersionStage : undefined;
  const id = typeof input.VersionId === 'string' ? input.VersionId : undefined;
  const version = secret.versions.find(
    (v) => (!id || v.versionId === id) && (id && !stage ? true : v.stages.includes(stage ?? 'AWSCURRENT')),
  );
  if (!version)
    return serviceError('ResourceNotFoundException', "Secrets Manager can't find the specified secret value.");
  return {
    output: {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: version.versionId,
      SecretString: version.secretString,
      VersionStages: version.stages,
      CreatedDate: version.createdDate,
    },
  };
};
