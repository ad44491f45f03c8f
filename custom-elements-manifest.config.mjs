// @custom-elements-manifest/analyzer settings (scripts/docs.mjs runs it; package.json names the result).
export default {
  globs: ['src/widgets/**/*.ts'],
  exclude: ['src/widgets/**/geo/**'],
  litelement: true,
  packagejson: false,
};
