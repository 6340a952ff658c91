/**
 * The one script of every page: the service worker's registration, and what makes the page
 * easier to use with JavaScript. Without it, everything here still works: menus open and close
 * by their button, and the 404 page lists every language.
 */
import '../offline/register.ts';

// Menus (<details data-menu>) close on Escape, giving focus back to their button, and on a click outside them.
const menus = () => [...document.querySelectorAll<HTMLDetailsElement>('details[data-menu][open]')];
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const menu of menus()) {
    const hadFocus = menu.contains(document.activeElement);
    menu.open = false;
    if (hadFocus || document.activeElement === document.body) menu.querySelector('summary')?.focus();
  }
});
document.addEventListener('click', (event) => {
  for (const menu of menus()) if (!menu.contains(event.target as Node)) menu.open = false;
});

// GitHub Pages answers every missing address with the one 404 page: its language's answer goes first.
const notFound = document.querySelector<HTMLElement>('[data-not-found]');
if (notFound) {
  const base = import.meta.env.BASE_URL; // ends with "/" under trailingSlash: always
  const key = location.pathname.startsWith(base) ? location.pathname.slice(base.length).split('/')[0] : '';
  const answer =
    notFound.querySelector<HTMLElement>(`[data-locale="${CSS.escape(key || 'en')}"]`) ??
    notFound.querySelector<HTMLElement>('[data-locale="en"]');
  const title = document.querySelector<HTMLElement>('[data-not-found-title]');
  if (answer && title) {
    notFound.prepend(answer);
    title.textContent = answer.dataset['title'] ?? title.textContent;
    title.lang = answer.lang;
    title.dir = answer.dir;
  }
}
