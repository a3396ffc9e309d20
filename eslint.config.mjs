// The page's lint: ESLint's recommended rules plus the habits STYLE.md asks of the front end.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['wwwroot/lib/**', 'node_modules/**', 'scripts/**', '**/bin/**', '**/obj/**', 'data/**'] },
  js.configs.recommended,
  {
    files: ['wwwroot/js/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser, cytoscapeFcose: 'readonly', cytoscapeSvg: 'readonly' } },
  },
  {
    files: ['wwwroot/js/workers/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.worker } },
  },
  {
    files: ['tests/js/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
  {
    rules: {
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: 'error',
      'no-implicit-globals': 'error',
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='innerHTML']", message: 'Untrusted text reaches the DOM through textContent only.' }],
    },
  },
];
