// Idempotent provisioning of user pools, app clients, groups and users on a Cognito endpoint
// (cognito-local here). Everything is looked up by name (or email) first, so running it again over
// persisted state finds and reuses what the last run made.
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  ListUsersCommand,
  type ExplicitAuthFlowsType,
  type SchemaAttributeType,
  type UsernameAttributeType,
  type VerifiedAttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../aws/index.ts';

export interface PasswordPolicy {
  minimumLength?: number;
  requireUppercase?: boolean;
  requireLowercase?: boolean;
  requireNumbers?: boolean;
  requireSymbols?: boolean;
  temporaryPasswordValidityDays?: number;
}

export interface UserPoolProps {
  name: string;
  usernameAttributes?: UsernameAttributeType[];
  autoVerifiedAttributes?: VerifiedAttributeType[];
  passwordPolicy?: PasswordPolicy;
  mfa?: 'OFF' | 'ON' | 'OPTIONAL';
  /** Extra attribute definitions, as CreateUserPool takes them. */
  schema?: SchemaAttributeType[];
}

export interface UserPoolInfo {
  userPoolId: string;
  /** `${endpoint}/${userPoolId}`: the `iss` of every token the pool issues. */
  issuer: string;
  /** `${issuer}/.well-known/jwks.json` (cognito-local's openid-configuration is wrong; don't use it). */
  jwksUri: string;
  created: boolean;
}

export interface UserPoolClientProps {
  name: string;
  explicitAuthFlows: ExplicitAuthFlowsType[];
}

export interface UserProps {
  email: string;
  password: string;
  /** The user's complete group membership: missing groups are added, others removed. */
  groups?: string[];
}

export interface CognitoAdmin {
  readonly client: CognitoIdentityProviderClient;
  ensureUserPool(props: UserPoolProps): Promise<UserPoolInfo>;
  ensureUserPoolClient(userPoolId: string, props: UserPoolClientProps): Promise<string>;
  ensureGroup(userPoolId: string, name: string, description?: string): Promise<void>;
  /** Returns the pool's username (a UUID when email is the username attribute) and the `sub`. */
  ensureUser(userPoolId: string, props: UserProps): Promise<{ username: string; sub: string; created: boolean }>;
  destroy(): void;
}

/**
 * An admin client for `endpoint`, signing with `credentials` as a backend does: the gateway in front
 * of cognito-local accepts only the stack's IAM keys; cognito-local itself (tests) accepts any.
 */
export function createCognitoAdmin(
  endpoint: string,
  credentials: { accessKeyId: string; secretAccessKey: string } = LOCAL_CREDENTIALS,
  region: string = LOCAL_REGION,
): CognitoAdmin {
  const client = new CognitoIdentityProviderClient({
    endpoint,
    region,
    credentials: { ...credentials },
    maxAttempts: 1,
  });

  async function ensureUserPool(props: UserPoolProps): Promise<UserPoolInfo> {
    const info = (userPoolId: string, created: boolean): UserPoolInfo => {
      const issuer = `${endpoint}/${userPoolId}`;
      return { userPoolId, issuer, jwksUri: `${issuer}/.well-known/jwks.json`, created };
    };
    let nextToken: string | undefined;
    do {
      const page = await client.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken: nextToken }));
      const found = page.UserPools?.find((p) => p.Name === props.name);
      if (found?.Id) return info(found.Id, false);
      nextToken = page.NextToken;
    } while (nextToken);
    const p = props.passwordPolicy;
    const out = await client.send(
      new CreateUserPoolCommand({
        PoolName: props.name,
        UsernameAttributes: props.usernameAttributes,
        AutoVerifiedAttributes: props.autoVerifiedAttributes,
        MfaConfiguration: props.mfa,
        Schema: props.schema,
        Policies: p && {
          PasswordPolicy: {
            MinimumLength: p.minimumLength,
            RequireUppercase: p.requireUppercase,
            RequireLowercase: p.requireLowercase,
            RequireNumbers: p.requireNumbers,
            RequireSymbols: p.requireSymbols,
            TemporaryPasswordValidityDays: p.temporaryPasswordValidityDays,
          },
        },
      }),
    );
    if (!out.UserPool?.Id) throw new Error(`CreateUserPool ${props.name} returned no id`);
    return info(out.UserPool.Id, true);
  }

  async function ensureUserPoolClient(userPoolId: string, props: UserPoolClientProps): Promise<string> {
    let nextToken: string | undefined;
    do {
      const page = await client.send(
        new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60, NextToken: nextToken }),
      );
      const found = page.UserPoolClients?.find((c) => c.ClientName === props.name);
      if (found?.ClientId) return found.ClientId;
      nextToken = page.NextToken;
    } while (nextToken);
    const out = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: props.name,
        ExplicitAuthFlows: props.explicitAuthFlows,
        GenerateSecret: false,
      }),
    );
    if (!out.UserPoolClient?.ClientId) throw new Error(`CreateUserPoolClient ${props.name} returned no id`);
    return out.UserPoolClient.ClientId;
  }

  async function ensureGroup(userPoolId: string, name: string, description?: string): Promise<void> {
    // ListGroups rather than GetGroup: cognito-local's GetGroup fails with a 500 on a pool without groups.
    let nextToken: string | undefined;
    do {
      const page = await client.send(
        new ListGroupsCommand({ UserPoolId: userPoolId, Limit: 60, NextToken: nextToken }),
      );
      if (page.Groups?.some((g) => g.GroupName === name)) return;
      nextToken = page.NextToken;
    } while (nextToken);
    // cognito-local's CreateGroup silently overwrites (members included): only call it when missing.
    await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: name, Description: description }));
  }

  async function findUserByEmail(userPoolId: string, email: string) {
    const filter = `email = "${email.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const out = await client.send(new ListUsersCommand({ UserPoolId: userPoolId, Filter: filter, Limit: 2 }));
    return out.Users?.[0];
  }

  async function ensureUser(userPoolId: string, props: UserProps) {
    let user = await findUserByEmail(userPoolId, props.email);
    const created = !user;
    const verified = [{ Name: 'email_verified', Value: 'true' }];
    if (!user) {
      const out = await client.send(
        new AdminCreateUserCommand({
          UserPoolId: userPoolId,
          Username: props.email,
          MessageAction: 'SUPPRESS',
          TemporaryPassword: props.password,
          UserAttributes: [{ Name: 'email', Value: props.email }, ...verified],
        }),
      );
      user = out.User;
    } else {
      // cognito-local insists on `email` alongside `email_verified`; Cognito accepts both together too.
      await client.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: userPoolId,
          Username: user.Username,
          UserAttributes: [{ Name: 'email', Value: props.email }, ...verified],
        }),
      );
    }
    const username = user?.Username;
    const sub = (user?.Attributes ?? []).find((a) => a.Name === 'sub')?.Value;
    if (!username || !sub) throw new Error(`user ${props.email} has no username or sub`);
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: username,
        Password: props.password,
        Permanent: true,
      }),
    );

    // AdminListGroupsForUser needs the pool's username (the UUID), not the email alias.
    const current = new Set<string>();
    let nextToken: string | undefined;
    do {
      const page = await client.send(
        new AdminListGroupsForUserCommand({
          UserPoolId: userPoolId,
          Username: username,
          Limit: 60,
          NextToken: nextToken,
        }),
      );
      for (const g of page.Groups ?? []) if (g.GroupName) current.add(g.GroupName);
      nextToken = page.NextToken;
    } while (nextToken);
    const wanted = new Set(props.groups ?? []);
    for (const group of wanted) {
      if (!current.has(group))
        await client.send(
          new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: group }),
        );
    }
    for (const group of current) {
      if (!wanted.has(group))
        await client.send(
          new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: group }),
        );
    }
    return { username, sub, created };
  }

  return { client, ensureUserPool, ensureUserPoolClient, ensureGroup, ensureUser, destroy: () => client.destroy() };
}
