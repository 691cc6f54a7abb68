// Sign up (then confirm with the emailed code), sign in, or sign out, with Amplify JS against Cognito.
import { confirmSignUp, signIn, signUp } from 'aws-amplify/auth';
import { useState } from 'react';
import { Text, View } from 'react-native';
import { useNavigation } from '../navigation.tsx';
import { useSession } from '../session.tsx';
import { Button, ErrorText, Field, Heading, styles } from '../ui.tsx';

type Mode = 'signIn' | 'signUp' | 'confirm';

const TITLES: Record<Mode, string> = {
  signIn: 'Sign in',
  signUp: 'Create an account',
  confirm: 'Confirm your account',
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function AccountScreen() {
  const { email, refresh, signOut } = useSession();
  const { go } = useNavigation();
  const [mode, setMode] = useState<Mode>('signIn');
  const [address, setAddress] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();

  if (email) {
    return (
      <View>
        <Heading>Your account</Heading>
        <Text style={styles.text}>{`Signed in as ${email}.`}</Text>
        <Button label="Sign out" onPress={() => void signOut()} />
      </View>
    );
  }

  const submit = async () => {
    setError(undefined);
    try {
      if (mode === 'signUp') {
        await signUp({ username: address, password, options: { userAttributes: { email: address } } });
        setMode('confirm');
        setNote('We sent you a code. Running locally? The code is printed in the npm start log.');
      } else if (mode === 'confirm') {
        await confirmSignUp({ username: address, confirmationCode: code.trim() });
        setMode('signIn');
        setNote('Confirmed: now sign in.');
      } else {
        // USER_PASSWORD_AUTH over TLS, as the storefront signs in: the Cognito twin implements no SRP.
        const options = { authFlowType: 'USER_PASSWORD_AUTH' as const };
        const { nextStep } = await signIn({ username: address, password, options });
        if (nextStep.signInStep === 'CONFIRM_SIGN_UP') {
          setMode('confirm');
          setNote('Please confirm your account first with the code we sent you, then sign in.');
          return;
        }
        await refresh();
        go({ name: 'catalog' });
      }
    } catch (e) {
      setError(message(e));
    }
  };
  return (
    <View>
      <Heading>{TITLES[mode]}</Heading>
      {note ? <Text style={styles.text}>{note}</Text> : null}
      <Field
        label="Email"
        value={address}
        onChangeText={setAddress}
        autoCapitalize="none"
        keyboardType="email-address"
        autoComplete="email"
      />
      {mode === 'confirm' ? (
        <Field label="Confirmation code" value={code} onChangeText={setCode} keyboardType="number-pad" />
      ) : (
        <Field label="Password" value={password} onChangeText={setPassword} secureTextEntry autoComplete="password" />
      )}
      <ErrorText error={error} />
      <Button label={TITLES[mode]} onPress={() => void submit()} />
      {mode === 'signIn' ? (
        <Button kind="plain" label="No account yet? Create one" onPress={() => setMode('signUp')} />
      ) : (
        <Button kind="plain" label="Back to sign in" onPress={() => setMode('signIn')} />
      )}
    </View>
  );
}
