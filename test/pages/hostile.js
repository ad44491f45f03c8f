// The hostile page's own CSS, given as ?css=… (so one page serves every case).
const css = new URLSearchParams(location.search).get('css');
if (css) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
