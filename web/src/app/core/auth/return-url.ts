/** Only a path of this app: never `//evil.example` or `https://…`, which would send the user elsewhere. */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value.startsWith('/login') ? '/' : value;
}
