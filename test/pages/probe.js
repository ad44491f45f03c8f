// Runs first on the test pages: records CSP violations, errors, unhandled rejections and warnings.
window.__kgc = { violations: [], errors: [], warnings: [] };
document.addEventListener('securitypolicyviolation', (e) =>
  window.__kgc.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
);
window.addEventListener('error', (e) => window.__kgc.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__kgc.errors.push(String(e.reason)));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__kgc.warnings.push(args.map(String).join(' '));
  warn(...args);
};
