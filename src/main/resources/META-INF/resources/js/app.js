// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Wide screens show the menu open; browsers without ::details-content need the attribute for it.
  const menu = document.getElementById('site-menu');
  if (menu && !CSS.supports('selector(::details-content)') && matchMedia('(min-width: 600px)').matches) {
    menu.open = true;
  }
  // Prevent double submission of a form by a double click; the server is idempotent anyway.
  document.querySelectorAll('form[data-once]').forEach((form) => {
    form.addEventListener('submit', () => {
      form.querySelectorAll('button[type=submit]').forEach((b) => { b.disabled = true; });
    });
  });
});
