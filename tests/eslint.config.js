// ESLint flat config, kept in tests/ so the repository's top level stays as agreed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noHtmlInjection = [
  {
    selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Dataset and page text are rendered as text: innerHTML/outerHTML are not allowed.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'insertAdjacentHTML parses HTML: build nodes or use Preact instead.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is not allowed: render text.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
    message: 'document.write is not allowed.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'demo-output/', 'test-output/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlInjection],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // Code that runs in the extension decides nothing with the `browser` global except entrypoints.
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ takes what it needs as arguments; only entrypoints touch browser.*' },
        { name: 'chrome', message: 'lib/ takes what it needs as arguments; only entrypoints touch chrome.*' },
      ],
      'no-restricted-imports': ['error', { patterns: ['preact', 'preact/*', 'wxt/browser'] }],
    },
  },
);
