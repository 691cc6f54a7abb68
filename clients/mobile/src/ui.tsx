// The app's few building blocks, each with the accessible role and label a screen reader (and a test) finds it
// by: React Native's role and aria-* props, which react-native-web renders as the same attributes on the web.
// https://necolas.github.io/react-native-web/docs/accessibility/
import type { ReactNode } from 'react';
import { ActivityIndicator, Pressable, StyleSheet, Text, TextInput, View, type TextInputProps } from 'react-native';

export function Heading({ children }: { children: ReactNode }) {
  return (
    <Text role="heading" aria-level={2} style={styles.heading}>
      {children}
    </Text>
  );
}

interface ButtonProps {
  label: string;
  onPress(): void;
  disabled?: boolean;
  kind?: 'primary' | 'plain';
}

export function Button({ label, onPress, disabled, kind = 'primary' }: ButtonProps) {
  return (
    <Pressable
      role="button"
      aria-label={label}
      aria-disabled={!!disabled}
      disabled={disabled}
      onPress={onPress}
      style={({ pressed }) => [styles.button, kind === 'plain' && styles.plain, (pressed || disabled) && styles.dimmed]}
    >
      <Text style={kind === 'plain' ? styles.plainText : styles.buttonText}>{label}</Text>
    </Pressable>
  );
}

type FieldProps = { label: string; value: string; onChangeText(text: string): void } & Omit<
  TextInputProps,
  'value' | 'onChangeText' | 'aria-label'
>;

export function Field({ label, ...input }: FieldProps) {
  return (
    <View style={styles.field}>
      <Text style={styles.label}>{label}</Text>
      <TextInput aria-label={label} style={styles.input} autoCorrect={false} {...input} />
    </View>
  );
}

/** An error a screen reader announces as soon as it appears. */
export function ErrorText({ error }: { error: string | undefined }) {
  if (!error) return null;
  return (
    <Text role="alert" aria-live="assertive" style={styles.error}>
      {error}
    </Text>
  );
}

export function Loading({ what }: { what: string }) {
  return <ActivityIndicator aria-label={`Loading ${what}`} style={styles.loading} />;
}

export const styles = StyleSheet.create({
  heading: { fontSize: 22, fontWeight: '700', marginVertical: 12, color: '#111' },
  button: {
    backgroundColor: '#1f4fd1',
    borderRadius: 8,
    paddingVertical: 12,
    paddingHorizontal: 16,
    marginVertical: 6,
    alignItems: 'center',
    minHeight: 44,
  },
  buttonText: { color: '#fff', fontSize: 16, fontWeight: '600' },
  plain: { backgroundColor: '#eef1f8' },
  plainText: { color: '#1f3a8a', fontSize: 16 },
  dimmed: { opacity: 0.6 },
  field: { marginVertical: 6 },
  label: { fontSize: 14, color: '#333', marginBottom: 4 },
  input: { borderWidth: 1, borderColor: '#888', borderRadius: 6, padding: 10, fontSize: 16, backgroundColor: '#fff' },
  error: { color: '#a40000', marginVertical: 8, fontSize: 15 },
  loading: { marginVertical: 24 },
  text: { fontSize: 15, color: '#222', marginVertical: 2 },
  muted: { fontSize: 14, color: '#555' },
  card: {
    backgroundColor: '#fff',
    borderRadius: 10,
    padding: 12,
    marginVertical: 6,
    borderWidth: 1,
    borderColor: '#ddd',
  },
  row: { flexDirection: 'row', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
});
