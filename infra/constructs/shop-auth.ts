// Cognito sign-in for shoppers and staff: one user pool (email sign-in, self sign-up), one public
// app client for the storefronts, and the `admin` group the schema's auth directives name.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** The group whose members may manage the catalog and every order (schema: cognito_groups: ["admin"]). */
export const ADMIN_GROUP = 'admin';

export interface ShopAuthProps {
  /**
   * Cognito deletion protection on the user pool.
   *
   * @default true
   */
  readonly deletionProtection?: boolean;

  /**
   * What happens to the user pool (and every account in it) when it leaves the stack.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Lifetime of access and id tokens; AppSync rejects a token once it expires.
   *
   * @default Duration.hours(1)
   */
  readonly tokenValidity?: Duration;

  /**
   * Lifetime of refresh tokens, i.e. how long a shopper stays signed in without a password.
   *
   * @default Duration.days(30)
   */
  readonly refreshTokenValidity?: Duration;
}

export class ShopAuth extends Construct {
  public readonly userPool: cognito.UserPool;
  public readonly userPoolClient: cognito.UserPoolClient;
  public readonly adminGroup: cognito.UserPoolGroup;

  constructor(scope: Construct, id: string, props: ShopAuthProps = {}) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'Resource', {
      signInAliases: { email: true },
      signInCaseSensitive: false,
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      userVerification: { emailStyle: cognito.VerificationEmailStyle.CODE },
      standardAttributes: { email: { required: true, mutable: true } },
      // AwsSolutions-COG1: at least 8 characters with upper, lower, digit and symbol; we ask for 12.
      passwordPolicy: {
        minLength: 12,
        requireUppercase: true,
        requireLowercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Optional TOTP: shoppers may opt in; SMS is off (cost, SIM-swap). See infra/nag.ts (COG2).
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // Essentials tier; Plus (threat protection) is a cost decision, see infra/nag.ts (COG8).
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });

    this.userPoolClient = this.userPool.addClient('Client', {
      // A public client (web and mobile storefronts cannot keep a secret).
      generateSecret: false,
      // USER_PASSWORD_AUTH (what the local twin and tests use), SRP (what Amplify clients use);
      // ALLOW_REFRESH_TOKEN_AUTH is always added by Cognito.
      authFlows: { userPassword: true, userSrp: true },
      // No hosted UI / OAuth flows: sign-in happens through the Cognito API only.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: props.tokenValidity ?? Duration.hours(1),
      idTokenValidity: props.tokenValidity ?? Duration.hours(1),
      refreshTokenValidity: props.refreshTokenValidity ?? Duration.days(30),
    });

    this.adminGroup = this.userPool.addGroup('AdminGroup', {
      groupName: ADMIN_GROUP,
      description: 'Shop staff: catalog and stock management, every order, order status changes',
    });
  }
}
