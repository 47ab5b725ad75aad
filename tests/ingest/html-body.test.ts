/**
 * The story of a saved news page, without the page around it: tickers, menus, share bars, "read more" boxes, tag
 * lists, newsletters and "most read" lists carry headlines and places that are not the story.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { pageBody } from '../../src/ingest/html-body.js';
import { parseInput } from '../../src/ingest/parse-input.js';
import { runPipeline } from '../../src/pipeline.js';

const page = readFileSync('tests/fixtures/ingest/news-page.html', 'utf8');
const bodyOf = (html: string) => parseInput(html, 'p.html')[0].text;
const P = (s: string) => `<p>${s}</p>`;
const STORY = [
  'Gunmen attacked a checkpoint outside Homs on Monday night, killing four soldiers, a war monitor said.',
  'The army said it had sent reinforcements to the area and opened an investigation into the attack.',
  'Security in the province has worsened since the spring, residents said.',
];

describe('the story of a news page', () => {
  it('keeps the story and its caption, not the ticker, menus, related links, tags or most-read list', () => {
    const [a] = parseInput(page, 'page.html');
    expect(a.text).toContain('An Israeli drone strike hit a car on the road near Tyre');
    expect(a.text).toContain('despite a November 2024 ceasefire.');
    for (const furniture of ['Kharkiv', 'Borno', 'Baghdad', 'Sanaa', 'Mogadishu', 'newsletter', 'Riyadh', 'Share on'])
      expect(a.text, furniture).not.toContain(furniture);
    expect(a.front).toHaveLength(1);
    const [cap] = a.front ?? [];
    expect(a.text.slice(cap.start, cap.end)).toBe(
      'Smoke rises after an Israeli strike on the village of Abbasiyeh, in southern Lebanon. (AFP/File)',
    );
    expect(a.published).toBe('2025-11-12');
  });

  it("gives the page's one event, at Tyre, not the teasers' events", () => {
    const { events } = runPipeline(parseInput(page, 'page.html'), loadGazetteer());
    expect(events.features.map((f) => [f.properties.sub_event_type, f.properties.location])).toEqual([
      ['Air/drone strike', 'Tyre'],
    ]);
  });

  it('is not cut at a nested related-story <article>, and leaves that teaser out', () => {
    const html = `<html><body><article class="story">${P(STORY[0])}<article class="related-story">${P(
      'Car bomb kills three in Kirkuk',
    )}</article>${P(STORY[1])}</article></body></html>`;
    const text = bodyOf(html);
    expect(text).toContain(STORY[1]);
    expect(text).not.toContain('Kirkuk');
  });

  it('prefers the story-body element to a page-wide wrapper with a sidebar of summaries', () => {
    const sidebar = `<div class="sidebar">${P('Protesters blocked roads in Basra over power cuts.')}</div>`;
    const html = `<html><body><form id="aspnetForm"><div class="layout sidebar-right"><div class="article__body">${STORY.map(
      P,
    ).join('')}</div>${sidebar}</div></form></body></html>`;
    const text = bodyOf(html);
    expect(text).toBe(STORY.join('\n'));
  });

  it('reads the JSON-LD articleBody when the markup holds little of the story (script-rendered pages)', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2025-03-04', articleBody: STORY.join('\n') });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="root"><p>Loading…</p></div></body></html>`;
    const [a] = parseInput(html, 'p.html');
    expect(a.text).toBe(STORY.join('\n'));
    expect(a.published).toBe('2025-03-04');
  });

  it('takes the <time> of the story, not of a teaser before it', () => {
    const html = `<html><body><article class="teaser"><time datetime="2024-05-01">May</time><a href="/x">Older story</a></article><article><h1>Attack near Homs</h1><time datetime="2025-03-04T08:00:00Z">4 March</time><div class="article-body">${STORY.map(
      P,
    ).join('')}</div></article></body></html>`;
    expect(parseInput(html, 'p.html')[0].published).toBe('2025-03-04');
  });

  it('counts a paragraph once when paragraphs are left unclosed', () => {
    const html = `<html><body><main>${P('Menu')}</main><article><p>${STORY.join('<p>')}</article></body></html>`;
    const body = pageBody(html);
    expect(body?.text).toBe(STORY.join('\n'));
  });

  it("leaves out a list of other stories inside the story element, keeps a live blog's posts", () => {
    const teaser = (t: string) =>
      `<article class="card"><h3><a href="/x">${t}</a></h3>${P(`${t}, officials said.`)}</article>`;
    const html = `<html><body><main>${STORY.map(P).join('')}<div class="more-on"><h2>More on Syria</h2>${teaser(
      'Protests in Deir ez-Zor',
    )}${teaser('Blast in Qamishli')}</div></main></body></html>`;
    expect(bodyOf(html)).toBe(STORY.join('\n'));
    const post = (t: string) => `<article class="post">${P(t)}</article>`;
    const blog = `<html><body><main><h1>Live</h1><div class="posts">${STORY.map(post).join('')}</div></main></body></html>`;
    expect(bodyOf(blog)).toBe(`Live\n${STORY.join('\n')}`);
  });
});
