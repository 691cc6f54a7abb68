// Cognito's refusals of a sign-up, confirmation or sign-in in words a shopper can act on. Amplify's AuthError
// carries the service's exception name as `name` (the Errors sections of
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html,
// API_SignUp.html and API_ConfirmSignUp.html list them).
export type AuthStep = 'signIn' | 'signUp' | 'confirm';

const TOO_MANY = 'Too many attempts: wait a minute, then try again.';

function serviceMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function describeAuthError(error: unknown, step: AuthStep): string {
  const name = error instanceof Error ? error.name : '';
  if (['LimitExceededException', 'TooManyRequestsException', 'TooManyFailedAttemptsException'].includes(name)) {
    return TOO_MANY;
  }
  if (step === 'signIn') {
    // Cognito answers NotAuthorizedException for a wrong password (UserNotFoundException for an unknown
    // user unless the client prevents user existence errors); cognito-local says InvalidPasswordException.
    if (['NotAuthorizedException', 'UserNotFoundException', 'InvalidPasswordException'].includes(name)) {
      return 'Wrong email or password: check both and try again.';
    }
  }
  if (step === 'confirm') {
    if (name === 'CodeMismatchException') return 'That code is not right: check the code we sent you and try again.';
    if (name === 'ExpiredCodeException') return 'That code has expired.';
  }
  if (step === 'signUp') {
    if (name === 'UsernameExistsException') return 'There is already an account with this email: sign in instead.';
    if (name === 'InvalidPasswordException') return `Please choose a stronger password: ${serviceMessage(error)}`;
  }
  return serviceMessage(error);
}
