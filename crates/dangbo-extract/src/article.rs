//! The article as the finders read it: headline, paragraphs and captions put
//! one after another (each line as written), with the folded twin.

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
        let mut doc = String::new();
        let push = |doc: &mut String, l: &Line| -> (usize, usize) {
            if !doc.is_empty() {
                doc.push('\n');
            }
            let start = doc.len();
            doc.push_str(&text[l.start..l.end]);
            (start, doc.len())
        };
        let headline = layout.headline.as_ref().map(|l| push(&mut doc, l));
        let paragraphs: Vec<(usize, usize)> = layout
            .paragraphs
            .iter()
            .map(|l| push(&mut doc, l))
            .collect();
        let body = match (paragraphs.first(), paragraphs.last()) {
            (Some(a), Some(b)) => (a.0, b.1),
            _ => (doc.len(), doc.len()),
        };
        let captions = layout.captions.iter().map(|l| push(&mut doc, l)).collect();
        Article {
            doc: Folded::new(doc),
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
