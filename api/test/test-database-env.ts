/** Set by the global setup, read by every test file's worker (workers inherit the environment). */
export const ADMIN_URL_VAR = 'MUTUALIS_TEST_ADMIN_URL';
export const TEMPLATE_VAR = 'MUTUALIS_TEST_TEMPLATE';
