//! The article as the finders read it: headline, paragraphs and captions put
//! one after another (each line as written, a blank line between), with the
//! folded twin.

use crate::furniture::Line;
use crate::layout::Layout;
use crate::text::Folded;

/// The article's text and where its parts are.
#[derive(Debug, Clone)]
pub(crate) struct Article {
    /// Headline, paragraphs, captions, each on its own line.
    pub doc: Folded,
    pub headline: Option<(usize, usize)>,
    pub paragraphs: Vec<(usize, usize)>,
    pub captions: Vec<(usize, usize)>,
    /// The paragraphs as one range (the body the figures are read from).
    pub body: (usize, usize),
}

impl Article {
    /// Puts the article's parts together from the page.
    pub fn new(text: &str, layout: &Layout) -> Article {
        // Lines start after a space or a line break and end before one, so
        // the page's folded twin sliced per line is the fold of the line.
        let mut doc = Folded {
            orig: String::new(),
            key: String::new(),
        };
        let twin = layout.key.len() == text.len();
        let push = |doc: &mut Folded, l: &Line| -> (usize, usize) {
            // Parts are apart by a blank line: a line break inside a part
            // may wrap a sentence (`text::line_goes_on`), one between parts
            // never does, and no text may run across it.
            if !doc.orig.is_empty() {
                doc.orig.push_str("\n\n");
                doc.key.push_str("\n\n");
            }
            let start = doc.orig.len();
            doc.orig.push_str(&text[l.start..l.end]);
            if twin {
                doc.key
                    .push_str(layout.key.get(l.start..l.end).unwrap_or(""));
            }
            (start, doc.orig.len())
        };
        let headline = layout.headline.as_ref().map(|l| push(&mut doc, l));
        let paragraphs: Vec<(usize, usize)> = layout
            .paragraphs
            .iter()
            .map(|l| push(&mut doc, l))
            .collect();
        let body = match (paragraphs.first(), paragraphs.last()) {
            (Some(a), Some(b)) => (a.0, b.1),
            _ => (doc.orig.len(), doc.orig.len()),
        };
        let captions = layout.captions.iter().map(|l| push(&mut doc, l)).collect();
        if doc.key.len() != doc.orig.len() {
            doc = Folded::new(doc.orig);
        }
        Article {
            doc,
            headline,
            paragraphs,
            captions,
            body,
        }
    }

    /// The body text (paragraphs, headline excluded).
    pub fn body_text(&self) -> &str {
        self.doc.slice(self.body.0, self.body.1)
    }
}
