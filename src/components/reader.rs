//! The reader: one whole article with entity mentions and query matches highlighted, its
//! quotations marked with who said them, and the articles related to it.

use std::rc::Rc;

use corpus::bundle::format::{ArticleExtras, QuoteMark, RelatedArticle};
use corpus::bundle::{ArticleFile, EntityRef};
use corpus::search::report::plural;
use corpus::{Block, BlockKind, Mention, Span};
use yew::prelude::*;

use super::card::byline;
use super::marked::{mentioned_text, Mentions};
use super::reader_tools::{use_name_colours, ReaderTools};
use crate::highlight::pieces;
use crate::hooks::use_heading_keeps_focus;
use crate::library::EntityLinks;
use crate::results::Marks;
use crate::route::Route;

/// The article the reader shows, or where it stands.
#[derive(Debug, Clone)]
pub enum Opened {
    /// Its file is on the way.
    Loading,
    /// Its file could not be fetched or read: why.
    Failed(String),
    /// The URL names an article not in this build.
    Missing,
    /// The article, and where its quotations and related articles stand.
    Loaded(Rc<ArticleFile>, Extras),
}

/// An article's quotations and related articles, which come in a file of their own: the
/// article shows without them until they are there, and says so when they cannot be fetched.
#[derive(Debug, Clone)]
pub enum Extras {
    /// Their file is on the way.
    Loading,
    /// Their file could not be fetched or read: why.
    Failed(String),
    /// Read (`None`: the article has none).
    Ready(Option<Rc<ArticleExtras>>),
}

impl PartialEq for Extras {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Loading, Self::Loading) => true,
            (Self::Failed(a), Self::Failed(b)) => a == b,
            (Self::Ready(Some(a)), Self::Ready(Some(b))) => Rc::ptr_eq(a, b),
            (Self::Ready(None), Self::Ready(None)) => true,
            _ => false,
        }
    }
}

impl PartialEq for Opened {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Loading, Self::Loading) | (Self::Missing, Self::Missing) => true,
            (Self::Failed(a), Self::Failed(b)) => a == b,
            (Self::Loaded(a, x), Self::Loaded(b, y)) => Rc::ptr_eq(a, b) && x == y,
            _ => false,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub article: Opened,
    /// The query's highlighter, when there is a query and it is loaded.
    #[prop_or_default]
    pub marks: Option<Marks>,
    /// The link back to the list.
    pub back_href: AttrValue,
    /// Number of results in the list the back link goes to, once known.
    pub result_count: Option<usize>,
    /// Ids of the entities with an active filter.
    pub active: Vec<u32>,
    /// Toggles the filter on an entity, by slug.
    pub on_toggle: Callback<String>,
    #[prop_or_default]
    pub on_retry: Callback<()>,
    /// How links to entities are written.
    #[prop_or_default]
    pub entity_links: EntityLinks,
    /// The query, as typed (for the match count).
    #[prop_or_default]
    pub query: AttrValue,
}

/// The parts of block `block` (text `body`) inside quotations: the number of the quotation
/// for each.
fn quote_ranges(quotes: &[QuoteMark], block: u32, body: &str) -> Vec<(Span, usize)> {
    let len = u32::try_from(body.len()).unwrap_or(u32::MAX);
    quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.block <= block && block <= q.end_block)
        .map(|(k, q)| {
            let start = if q.block == block { q.start } else { 0 };
            let end = if q.end_block == block { q.end } else { len };
            (Span { start, end }, k)
        })
        .collect()
}

/// The quotations that end in block `block`, one entry for each run of them with the same
/// speaker: the first one's number, the quotation, and how many there are in the run.
fn speakers_after(quotes: &[QuoteMark], block: u32) -> Vec<(usize, &QuoteMark, usize)> {
    let who = |q: &QuoteMark| (q.speaker.as_ref().map(|s| s.id), q.named_here);
    let mut out: Vec<(usize, &QuoteMark, usize)> = Vec::new();
    for (k, q) in quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.end_block == block)
    {
        match out.last_mut() {
            Some((_, last, n)) if who(last) == who(q) => *n += 1,
            _ => out.push((k, q, 1)),
        }
    }
    out
}

/// Who said quotation `k` (and the `n - 1` after it in the same block, when the same person
/// did), after the block where it ends: the speaker this article names, the one other
/// articles carrying it name (said so), or "speaker unknown".
fn said_by(k: usize, quote: &QuoteMark, n: usize, links: EntityLinks) -> Html {
    let who = match (&quote.speaker, quote.named_here) {
        (Some(speaker), named_here) => html! {
            <>
                <a class={classes!("speaker", speaker.kind.as_str())} href={links.href(speaker)}>{ &speaker.name }</a>
                if !named_here {
                    <span class="from-elsewhere">{ " (named in other articles carrying it)" }</span>
                }
            </>
        },
        (None, _) => html! { <span class="unknown">{ "speaker unknown" }</span> },
    };
    html! {
        <span class="said-by" data-quote={k.to_string()}>
            <span class="label">{ plural(n, "Quotation: ", "Quotations: ") }</span>{ who }
        </span>
    }
}

/// The articles that share the most with this one, and what they share.
fn related(articles: &[RelatedArticle], links: EntityLinks) -> Html {
    html! {
        <section class="related" aria-labelledby="related-heading">
            <h2 id="related-heading">{ "Related articles" }</h2>
            <p class="note">{ "The articles that share the most with this one: the people, organisations and places both name, the quotations both carry and the rare words both use." }</p>
            <ol>
                for r in articles.iter() {
                    <li key={r.n}>
                        <a class="related-title" href={Route::default().with_article(&r.id).href(links.mode())}>{ &r.title }</a>
                        if r.source.is_some() || r.date.is_some() {
                            <span class="byline">
                                if let Some(source) = &r.source { <span class="source">{ source }</span> }
                                if let Some(date) = &r.date { <span class="date">{ date }</span> }
                            </span>
                        }
                        <ul class="shared">
                            if !r.entities.is_empty() {
                                <li class="shared-entities">
                                    { "Both name " }
                                    for (i, e) in r.entities.iter().enumerate() {
                                        <>
                                            if i > 0 { { ", " } }
                                            <a class={classes!("shared-entity", e.kind.as_str())} href={links.href(e)}>{ &e.name }</a>
                                        </>
                                    }
                                </li>
                            }
                            if !r.quotes.is_empty() {
                                <li>
                                    { format!("Both carry the {}", plural(r.quotes.len(), "quotation", "quotations")) }
                                    <ul>
                                        for q in r.quotes.iter() {
                                            <li class="shared-quote">{ format!("“{q}”") }</li>
                                        }
                                    </ul>
                                </li>
                            }
                            if !r.words.is_empty() {
                                <li class="shared-words">{ format!("Both use the rare {} {}", plural(r.words.len(), "word", "words"), r.words.join(", ")) }</li>
                            }
                        </ul>
                    </li>
                }
            </ol>
        </section>
    }
}

#[component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let colour = use_name_colours();
    let onfocus = use_heading_keeps_focus(matches!(props.article, Opened::Loading));
    let back_label = match props.result_count {
        Some(1) => "← Back to 1 result".to_string(),
        Some(n) => format!("← Back to {n} results"),
        None => "← Back to the results".to_string(),
    };
    let back = html! { <a class="back" href={props.back_href.clone()}>{ back_label }</a> };
    let (file, extras) = match &props.article {
        Opened::Loaded(file, extras) => (file, extras),
        Opened::Loading => {
            return html! {
                <section class="reader loading" aria-busy="true">
                    { back }
                    <h1 id="reader-title" tabindex="-1" {onfocus}>{ "Loading the article…" }</h1>
                </section>
            }
        }
        Opened::Failed(why) => {
            let retry = props.on_retry.reform(|_: MouseEvent| ());
            return html! {
                <section class="reader failed">
                    { back }
                    <h1 id="reader-title" tabindex="-1">{ "The article could not be loaded" }</h1>
                    <p class="error" role="alert">{ format!("Fetching it failed ({why}).") }</p>
                    <button type="button" class="retry" onclick={retry}>{ "Retry" }</button>
                </section>
            };
        }
        Opened::Missing => {
            return html! {
                <section class="reader missing">
                    { back }
                    <h1 id="reader-title" tabindex="-1">{ "This article is not in this build" }</h1>
                    <p>{ "The link may be from an older version of the site. Go back to the list to find it by its title." }</p>
                </section>
            }
        }
    };
    let article = &file.article;
    let marks = |text: &str| -> Vec<Span> {
        props
            .marks
            .as_ref()
            .map(|m| m.0.spans(text))
            .unwrap_or_default()
    };
    let entities: Vec<EntityRef> = file.entities.iter().map(|e| e.entity.clone()).collect();
    // `mentioned_text` puts the ranges in order.
    let ranges_in = |block: u32| -> Vec<(Span, usize)> {
        file.entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                e.mentions
                    .iter()
                    .filter(move |m| m.block == block)
                    .map(move |m| {
                        (
                            Span {
                                start: m.start,
                                end: m.end,
                            },
                            i,
                        )
                    })
            })
            .collect()
    };
    // How mentions show in this article; each block gives its own ranges.
    let all_mentions = Mentions {
        entities: &entities,
        ranges: &[],
        active: &props.active,
        on_toggle: &props.on_toggle,
        links: props.entity_links,
    };
    let text = |block: u32, text: &str| -> Html {
        let ranges = ranges_in(block);
        let mentions = Mentions {
            ranges: &ranges,
            ..all_mentions
        };
        mentioned_text(text, mentions, &marks(text))
    };
    let ready = match extras {
        Extras::Ready(extras) => extras.as_deref(),
        Extras::Loading | Extras::Failed(_) => None,
    };
    let quotes: &[QuoteMark] = ready.map(|x| x.quotes.as_slice()).unwrap_or_default();
    // `body[window]`, the text of block `block` or part of it, with its mentions, quotations
    // and query matches.
    let quoted = |block: u32, body: &str, window: Span| -> Html {
        let ranges = quote_ranges(quotes, block, body);
        let window_mentions: Vec<(Span, usize)> = ranges_in(block);
        let mentions = Mentions {
            ranges: &window_mentions,
            ..all_mentions
        };
        let highlights = marks(body);
        if ranges.is_empty() {
            return super::marked::mentioned_window(body, window, mentions, &highlights);
        }
        let piece = |span: Span, quote: Option<usize>| -> Html {
            let inner = super::marked::mentioned_window(body, span, mentions, &highlights);
            match quote {
                Some(k) => {
                    html! { <span class="quote" data-quote={k.to_string()}>{ inner }</span> }
                }
                None => inner,
            }
        };
        html! {
            <>
                for p in pieces(body, window, &ranges) { { piece(p.span, p.tag) } }
                for (k, q, n) in speakers_after(quotes, block) {
                    { said_by(k, q, n, props.entity_links) }
                }
            </>
        }
    };
    // A title that is the first sentence is the heading, whole, and the paragraph goes on
    // after it.
    let split = article.title_split();
    // The query's matches on the page: the title's (unless it is the first block's first
    // sentence, shown from the block) and the blocks'.
    let hits = split.map_or_else(|| marks(&article.title).len(), |_| 0)
        + article
            .blocks
            .iter()
            .map(|b| marks(&b.text).len())
            .sum::<usize>();
    let span = |start: usize, end: usize| Span {
        start: u32::try_from(start).unwrap_or(u32::MAX),
        end: u32::try_from(end).unwrap_or(u32::MAX),
    };
    let heading = match split {
        Some((i, heading, _)) => {
            let block = u32::try_from(i).unwrap_or(u32::MAX);
            let body = article.blocks.get(i).map_or("", |b| b.text.as_str());
            let ranges = ranges_in(block);
            let mentions = Mentions {
                ranges: &ranges,
                ..all_mentions
            };
            super::marked::mentioned_window(body, span(0, heading.len()), mentions, &marks(body))
        }
        None => text(Mention::TITLE, &article.title),
    };
    let block = |i: usize, block: &Block| -> Html {
        let at = u32::try_from(i).unwrap_or(u32::MAX);
        let body = block.text.as_str();
        let window = match split {
            Some((first, _, rest)) if first == i => span(body.len() - rest.len(), body.len()),
            _ => crate::highlight::whole(body),
        };
        let content = quoted(at, body, window);
        match block.kind {
            BlockKind::Paragraph => html! { <p>{ content }</p> },
            BlockKind::Subheading => html! { <h2 class="subheading">{ content }</h2> },
            BlockKind::Aside => html! { <p class="aside">{ content }</p> },
        }
    };
    // The first block is left out when the title is all of it.
    let shown = |i: usize| !matches!(split, Some((at, _, "")) if at == i);
    // Credit and source lines, but for the byline the author line above already gives.
    let credits: Vec<&str> = article
        .credits
        .iter()
        .map(String::as_str)
        .filter(|c| {
            let byline = c.get(..3).is_some_and(|by| by.eq_ignore_ascii_case("by "));
            !(byline && article.author.as_deref().is_some_and(|a| c.contains(a)))
        })
        .collect();
    html! {
        <article class={classes!("reader", (!*colour).then_some("plain-names"))} aria-labelledby="reader-title">
            { back }
            <ReaderTools key={article.id.clone()} {hits} query={props.query.clone()} colour={colour.clone()} />
            <header>
                <h1 id="reader-title" tabindex="-1">{ heading }</h1>
                { byline(article, false) }
                if !credits.is_empty() {
                    <p class="credits"><span class="label">{ "Credits and source: " }</span>{ credits.join(" · ") }</p>
                }
            </header>
            <div class="body">
                for (i, b) in article.blocks.iter().enumerate().filter(|(i, _)| shown(*i)) { { block(i, b) } }
            </div>
            if let Some(extras) = ready.filter(|x| !x.related.is_empty()) {
                { related(&extras.related, props.entity_links) }
            }
            if let Extras::Failed(why) = extras {
                <p class="error extras-error" role="alert">
                    { format!("This article's quotations and related articles could not be loaded ({why}); the text above is complete. ") }
                    <button type="button" class="retry" onclick={props.on_retry.reform(|_: MouseEvent| ())}>{ "Retry" }</button>
                </p>
            }
            if let Some(url) = article.url.as_ref().filter(|u| u.starts_with("https://") || u.starts_with("http://")) {
                <p class="original"><a href={url.clone()} rel="noopener noreferrer">{ "Original article" }</a></p>
            }
        </article>
    }
}
