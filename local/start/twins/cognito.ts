// cognito-local with the template's user pool, app client and groups, and the two local users.
import { resourcesOfType, type StackArtifact, type TemplateResource } from '../../stack/cloud-assembly.ts';
import { createCognitoAdmin, startCognitoLocal, type UserPoolInfo } from '../../engines/cognito/index.ts';
import type { RunningTwin, Twin } from './twin.ts';

export interface CognitoTwin extends RunningTwin {
  endpoint: string;
  pool: UserPoolInfo;
  clientId: string;
  users: Array<{ email: string; sub: string; groups: string[] }>;
}

/** cognito-local builds the token issuer from its port, so a fixed port keeps tokens valid across restarts. */
export const DEFAULT_COGNITO_PORT = 9229;

function one(artifact: StackArtifact, type: string): [string, TemplateResource] {
  const found = resourcesOfType(artifact.template, type);
  if (found.length !== 1) throw new Error(`Expected one ${type} in the template, found ${found.length}`);
  return found[0] as [string, TemplateResource];
}

export const cognitoTwin: Twin<CognitoTwin> = {
  name: 'Cognito',
  needed: (artifact) => resourcesOfType(artifact.template, 'AWS::Cognito::UserPool').length > 0,
  async start(context) {
    const port = Number(process.env.COGNITO_PORT ?? DEFAULT_COGNITO_PORT);
    const server = await startCognitoLocal({ dataDir: context.dataDir, port });
    const admin = createCognitoAdmin(server.endpoint);
    try {
      const [poolId, poolResource] = one(context.artifact, 'AWS::Cognito::UserPool');
      const p = poolResource.Properties ?? {};
      const policy = p.Policies?.PasswordPolicy ?? {};
      const pool = await admin.ensureUserPool({
        name: p.UserPoolName ?? `${context.artifact.stackName}-${poolId}`,
        usernameAttributes: p.UsernameAttributes,
        autoVerifiedAttributes: p.AutoVerifiedAttributes,
        passwordPolicy: { minimumLength: policy.MinimumLength, requireUppercase: policy.RequireUppercase, requireLowercase: policy.RequireLowercase, requireNumbers: policy.RequireNumbers, requireSymbols: policy.RequireSymbols },
      });
      const refs: Record<string, string> = { [poolId]: pool.userPoolId };
      const attributes: Record<string, string> = {
        [`${poolId}.ProviderURL`]: pool.issuer,
        [`${poolId}.Arn`]: `arn:aws:cognito-idp:${context.region}:${context.accountId}:userpool/${pool.userPoolId}`,
      };
      const [clientLogicalId, clientResource] = one(context.artifact, 'AWS::Cognito::UserPoolClient');
      const clientId = await admin.ensureUserPoolClient(pool.userPoolId, {
        name: clientResource.Properties?.ClientName ?? clientLogicalId,
        explicitAuthFlows: clientResource.Properties?.ExplicitAuthFlows ?? ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      });
      refs[clientLogicalId] = clientId;
      for (const [groupId, group] of resourcesOfType(context.artifact.template, 'AWS::Cognito::UserPoolGroup')) {
        await admin.ensureGroup(pool.userPoolId, group.Properties?.GroupName, group.Properties?.Description);
        refs[groupId] = group.Properties?.GroupName;
      }
      const users = [];
      for (const user of context.secrets.users) {
        const { sub } = await admin.ensureUser(pool.userPoolId, user);
        users.push({ email: user.email, sub, groups: user.groups });
      }
      return {
        name: 'Cognito',
        endpoint: server.endpoint,
        pool,
        clientId,
        users,
        refs,
        attributes,
        where: [`Cognito (local)  ${server.endpoint}  pool ${pool.userPoolId}, client ${clientId}, users: ${users.map((u) => u.email).join(', ')}`],
        async stop() {
          admin.destroy();
          await server.stop();
        },
      };
    } catch (err) {
      admin.destroy();
      await server.stop();
      throw err;
    }
  },
};
