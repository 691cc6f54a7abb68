// cognito-local with the template's user pool, app client and groups, and the two local users. The
// public Cognito port (the issuer contains it) is our gateway, as strict as Cognito (IAM for admin
// operations); cognito-local runs behind it on an internal loopback port, kept running across crashes.
import { randomBytes } from 'node:crypto';
import {
  cognitoSignatureCheck,
  createCognitoAdmin,
  startCognitoGateway,
  startCognitoLocal,
} from '../../engines/index.ts';
import type { CognitoGateway, CognitoLocal, UserPoolInfo } from '../../engines/index.ts';
import { keepAlive, type KeptEngine } from '../../engines/index.ts';
import type { AuthenticatedCaller } from '../../server/index.ts';
import { resourcesOfType, type StackArtifact, type TemplateResource } from '../../stack/index.ts';
import { defineTwin, type TwinContext } from './twin.ts';

/** cognito-local builds the token issuer from its port, so a fixed port keeps tokens valid across restarts. */
export const DEFAULT_COGNITO_PORT = 9229;

export interface CognitoProvisioned {
  pool: UserPoolInfo;
  clientId: string;
  refs: Record<string, string>;
  users: Array<{ email: string; sub: string; groups: string[] }>;
}

/** cognito-local kept running, and the gateway in front of it (which outlives its restarts). */
interface CognitoEngine extends KeptEngine<CognitoLocal> {
  gateway: CognitoGateway;
}

const DEFAULT_AUTH_FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

function one(artifact: StackArtifact, type: string): [string, TemplateResource] {
  const found = resourcesOfType(artifact.template, type);
  if (found.length !== 1) throw new Error(`Expected one ${type} in the template, found ${found.length}`);
  return found[0] as [string, TemplateResource];
}

async function start(context: TwinContext): Promise<CognitoEngine> {
  const port = Number(process.env.COGNITO_PORT ?? DEFAULT_COGNITO_PORT);
  let kept: KeptEngine<CognitoLocal> | undefined;
  // the engine being re-provisioned after a restart: provisioning goes through the gateway before the
  // restart counts as done, so the gateway forwards to it meanwhile
  let restarting: CognitoLocal | undefined;
  // only the gateway knows it, so cognito-local's internal port is no way around the gateway
  const gatewaySecret = randomBytes(24).toString('hex');
  const gateway = await startCognitoGateway({
    port,
    upstreamHeaders: { 'x-shop-gateway': gatewaySecret },
    upstream: () => restarting?.endpoint ?? (kept?.outage() ? undefined : kept?.current().endpoint),
    verify: cognitoSignatureCheck([context.secrets.iam], context.region),
    onRefused: (what) => context.log(`Cognito: refused ${what}`),
  }).catch((err: unknown) => {
    throw new Error(`Cognito's port ${port} cannot be used (${String(err)}); set COGNITO_PORT to a free port.`);
  });
  try {
    kept = await keepAlive({
      name: 'cognito-local',
      launch: () =>
        startCognitoLocal({
          dataDir: context.dataDir,
          port: 0, // internal: the issuer names the gateway, so any free port will do after a restart
          issuerDomain: gateway.endpoint,
          gatewaySecret,
          // a sign-up's code would be mailed by Cognito; locally it is printed here
          onConfirmationCode: ({ destination, code }) =>
            context.log(`Cognito: confirmation code for ${destination}: ${code}`),
        }),
      log: context.log,
      giveUp: context.fatal,
      remedy:
        `npm start is stopping. Check the output above; ` +
        `if the data in ${context.dataDir} is damaged, \`npm start -- --reset\` makes new users.`,
    });
  } catch (err) {
    await gateway.close();
    throw err;
  }
  const engine = kept;
  return {
    gateway,
    current: () => engine.current(),
    outage: () => engine.outage(),
    onRestart: (listener) =>
      engine.onRestart(async (next) => {
        restarting = next;
        try {
          await listener(next);
        } finally {
          restarting = undefined;
        }
      }),
    stop: async () => {
      await engine.stop();
      await gateway.close();
    },
  };
}

/** Finds or makes the pool, client, groups and users: the pool persists in the data dir, so a restart finds it. */
async function provision(context: TwinContext, engine: CognitoEngine): Promise<CognitoProvisioned> {
  // Through the gateway, signed with the stack's IAM keys, as a backend would call Cognito: so the
  // pool's issuer is the public endpoint, and every start exercises the gateway's IAM check.
  const admin = createCognitoAdmin(engine.gateway.endpoint, context.secrets.iam, context.region);
  try {
    const [poolId, poolResource] = one(context.artifact, 'AWS::Cognito::UserPool');
    const p = poolResource.Properties ?? {};
    const policy = p.Policies?.PasswordPolicy ?? {};
    const pool = await admin.ensureUserPool({
      name: p.UserPoolName ?? `${context.artifact.stackName}-${poolId}`,
      usernameAttributes: p.UsernameAttributes,
      autoVerifiedAttributes: p.AutoVerifiedAttributes,
      passwordPolicy: {
        minimumLength: policy.MinimumLength,
        requireUppercase: policy.RequireUppercase,
        requireLowercase: policy.RequireLowercase,
        requireNumbers: policy.RequireNumbers,
        requireSymbols: policy.RequireSymbols,
      },
    });
    const refs: Record<string, string> = { [poolId]: pool.userPoolId };
    const [clientLogicalId, clientResource] = one(context.artifact, 'AWS::Cognito::UserPoolClient');
    const clientId = await admin.ensureUserPoolClient(pool.userPoolId, {
      name: clientResource.Properties?.ClientName ?? clientLogicalId,
      explicitAuthFlows: clientResource.Properties?.ExplicitAuthFlows ?? DEFAULT_AUTH_FLOWS,
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
    return { pool, clientId, refs, users };
  } finally {
    admin.destroy();
  }
}

/** The demo catalog is loaded as the local admin user, through the API like any admin call. */
function seedCaller({ pool, users }: CognitoProvisioned): AuthenticatedCaller {
  const admin = users.find((u) => u.groups.includes('admin'));
  const sub = admin?.sub ?? 'seed';
  return {
    mode: 'AMAZON_COGNITO_USER_POOLS',
    groups: ['admin'],
    identity: {
      sub,
      issuer: pool.issuer,
      username: sub,
      claims: { email: admin?.email },
      sourceIp: ['127.0.0.1'],
      defaultAuthStrategy: 'ALLOW',
      groups: ['admin'],
    },
  };
}

export const cognitoTwin = defineTwin<CognitoEngine, CognitoProvisioned>({
  name: 'Cognito',
  needed: (artifact) => resourcesOfType(artifact.template, 'AWS::Cognito::UserPool').length > 0,
  start,
  provision,
  outputs(context, engine, provisioned) {
    const { pool, clientId, users } = provisioned;
    const [poolId] = one(context.artifact, 'AWS::Cognito::UserPool');
    const { endpoint } = engine.gateway;
    const { pid } = engine.current();
    const what = `pool ${pool.userPoolId}, client ${clientId}, users: ${users.map((u) => u.email).join(', ')}`;
    return {
      refs: provisioned.refs,
      attributes: {
        [`${poolId}.ProviderURL`]: pool.issuer,
        [`${poolId}.Arn`]: `arn:aws:cognito-idp:${context.region}:${context.accountId}:userpool/${pool.userPoolId}`,
      },
      where: [`Cognito (local)  ${endpoint}  pid ${pid}  ${what}`],
      endpoints: { cognito: endpoint },
      sdkEnvironment: { AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoint },
      client: { userPoolId: pool.userPoolId, userPoolClientId: clientId, cognitoEndpoint: endpoint },
      api: {
        userPool: {
          userPoolId: pool.userPoolId,
          issuer: pool.issuer,
          jwksUri: pool.jwksUri,
          appClientIds: [clientId],
          defaultAction: 'ALLOW',
        },
        seedAs: seedCaller(provisioned),
      },
    };
  },
  stop: (engine) => engine.stop(),
});
