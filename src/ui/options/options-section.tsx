import type { ComponentChildren } from 'preact';

/** One titled card of the options page, reachable from the page's table of contents. */
export function OptionsSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="options-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
