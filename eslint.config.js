// `npm run lint` (with Prettier): typescript-eslint's recommended rules, and type-only imports said so.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "test-results/",
      "reports/",
      "extracts/",
      "**/.observablehq/",
      "warehouse/sample/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The site's components and pages' modules run in the browser.
  { files: ["src/**/*.js"], languageOptions: { globals: { ...globals.browser } } },
);
