// /shop/account: sign up, confirm with the emailed code, sign in (Amplify JS against Cognito), or sign out.
import { confirmSignUp, signIn, signUp } from 'aws-amplify/auth';
import { useState, type FormEvent } from 'react';
import { describeAuthError, type AuthStep } from '../../auth-errors.ts';
import { navigate } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { ErrorMessage } from '../../ui.tsx';

const TITLES: Record<AuthStep, string> = {
  signIn: 'Sign in',
  signUp: 'Create an account',
  confirm: 'Confirm your account',
};

function SignedIn({ email, signOut }: { email: string; signOut(): Promise<void> }) {
  return (
    <>
      <h1>Your account</h1>
      <p>Signed in as {email}.</p>
      <button type="button" onClick={() => void signOut()}>
        Sign out
      </button>
    </>
  );
}

interface FieldsProps {
  mode: AuthStep;
  email: string;
  setEmail(email: string): void;
}

/** The email, then the confirmation code or the password (a new one when signing up). */
function CredentialFields({ mode, email, setEmail }: FieldsProps) {
  return (
    <>
      <p>
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </p>
      {mode === 'confirm' ? (
        <p>
          <label htmlFor="code">Confirmation code</label>
          <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" required />
        </p>
      ) : (
        <p>
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete={mode === 'signUp' ? 'new-password' : 'current-password'}
            required
          />
        </p>
      )}
    </>
  );
}

export function Account() {
  const { session, refresh, signOut } = useSession();
  const [mode, setMode] = useState<AuthStep>('signIn');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<unknown>();
  const [note, setNote] = useState<string>();
  if (session) return <SignedIn email={session.email} signOut={signOut} />;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const address = String(form.get('email') ?? email);
    setError(undefined);
    try {
      if (mode === 'signUp') {
        await signUp({ username: address, password, options: { userAttributes: { email: address } } });
        setEmail(address);
        setMode('confirm');
        setNote('We sent you a code. Running locally? The code is printed in the npm start log.');
      } else if (mode === 'confirm') {
        await confirmSignUp({ username: address, confirmationCode: String(form.get('code') ?? '') });
        setMode('signIn');
        setNote('Confirmed: sign in now.');
      } else {
        // USER_PASSWORD_AUTH: the flow the local Cognito twin supports, and allowed by the app client.
        const { isSignedIn, nextStep } = await signIn({
          username: address,
          password,
          options: { authFlowType: 'USER_PASSWORD_AUTH' },
        });
        // Amplify answers an unconfirmed user's sign-in with this step instead of an error.
        if (nextStep.signInStep === 'CONFIRM_SIGN_UP') {
          setMode('confirm');
          setNote('Please confirm your account first with the code we sent you, then sign in.');
          return;
        }
        if (!isSignedIn) throw new Error(`Signing in needs a step this shop does not offer (${nextStep.signInStep}).`);
        await refresh();
        navigate('/shop/cart');
      }
    } catch (thrown) {
      setError(new Error(describeAuthError(thrown, mode)));
    }
  };
  const switchTo = (next: AuthStep) => {
    setMode(next);
    setError(undefined);
    setNote(undefined);
  };
  return (
    <>
      <h1>{TITLES[mode]}</h1>
      <form onSubmit={(e) => void submit(e)} aria-label={TITLES[mode]}>
        <CredentialFields mode={mode} email={email} setEmail={setEmail} />
        <button type="submit">{TITLES[mode]}</button>
      </form>
      <p role="status">{note}</p>
      <ErrorMessage error={error} />
      <p>
        {mode === 'signIn' ? (
          <button type="button" onClick={() => switchTo('signUp')}>
            No account? Create one
          </button>
        ) : (
          <button type="button" onClick={() => switchTo('signIn')}>
            Back to sign in
          </button>
        )}
      </p>
    </>
  );
}
