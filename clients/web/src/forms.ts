// Reading a submitted form: one trimmed text field, '' when absent (FormData answers null or a File).
export function field(form: FormData, name: string): string {
  return String(form.get(name) ?? '').trim();
}
