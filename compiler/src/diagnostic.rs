//! Front-end diagnostics and their rendering. In: [`Diagnostic`] values (severity, message,
//! byte span into the script, optional label, help and notes) produced by the parser, the
//! resolver and the type checker, plus the script's file name and text. Out: text in the
//! gcc/clang/bpftrace layout, meant for stderr:
//!
//! ```text
//! script.bt:3:9: error: unknown builtin `foo`
//!     printf("%d\n", foo);
//!                    ^~~
//! help: did you mean `pid`?
//! ```
//!
//! Lines and columns are 1-based; a column counts characters (a tab counts as one). The
//! caret line repeats the tabs of the source line, so the caret stays aligned whatever the
//! terminal's tab width. A span that runs past the end of its line is underlined up to the
//! end of that line. See docs/decisions.md for why this is not codespan-reporting, ariadne
//! or miette.

use crate::syntax::ast::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// Where the problem is; the caret points at `span.start`.
    pub span: Span,
    /// A short text printed after the underline, e.g. "expected `;` here".
    pub label: Option<String>,
    /// Printed as `help: ...` after the source excerpt.
    pub help: Option<String>,
    /// Each printed as `note: ...` after the help.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, span, message)
    }

    pub fn warning(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, span, message)
    }

    pub fn new(severity: Severity, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity,
            message: message.into(),
            span,
            label: None,
            help: None,
            notes: Vec::new(),
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// True when at least one diagnostic is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

/// A 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineColumn {
    pub line: usize,
    pub column: usize,
}

/// The line and column of byte `offset` in `source`. Offsets past the end, or inside a
/// multi-byte character, are moved back to a valid position.
pub fn line_column(source: &str, offset: u32) -> LineColumn {
    let offset = clamp_offset(source, offset);
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |index| index + 1);
    let column = source[line_start..offset].chars().count() + 1;
    LineColumn { line, column }
}

fn clamp_offset(source: &str, offset: u32) -> usize {
    let mut offset = (offset as usize).min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Renders every diagnostic, in order, each ending with a newline.
pub fn render(diagnostics: &[Diagnostic], file_name: &str, source: &str) -> String {
    let mut output = String::new();
    for diagnostic in diagnostics {
        output.push_str(&render_one(diagnostic, file_name, source));
    }
    output
}

/// Renders one diagnostic (header, source line, caret line, help, notes).
pub fn render_one(diagnostic: &Diagnostic, file_name: &str, source: &str) -> String {
    let mut start = clamp_offset(source, diagnostic.span.start);
    // An error at the very end of a file that ends with a newline points just after the
    // last character of the last line, not at an empty line past it.
    if start == source.len() && source.ends_with('\n') {
        start -= 1;
    }
    let end = clamp_offset(source, diagnostic.span.end).max(start);
    let position = line_column(source, start as u32);

    let line_start = source[..start].rfind('\n').map_or(0, |index| index + 1);
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |index| start + index);
    let line_text = source[line_start..line_end].trim_end_matches('\r');

    let mut output = format!(
        "{}:{}:{}: {}: {}\n",
        file_name,
        position.line,
        position.column,
        diagnostic.severity.as_str(),
        diagnostic.message
    );
    output.push_str(line_text);
    output.push('\n');

    // Indentation that mirrors the source line's tabs.
    for character in source[line_start..start].chars() {
        output.push(if character == '\t' { '\t' } else { ' ' });
    }
    output.push('^');
    let underlined_end = end.min(line_start + line_text.len());
    if underlined_end > start {
        let underlined = &source[start..underlined_end];
        for character in underlined.chars().skip(1) {
            output.push(if character == '\t' { '\t' } else { '~' });
        }
    }
    if let Some(label) = &diagnostic.label {
        output.push(' ');
        output.push_str(label);
    }
    output.push('\n');

    if let Some(help) = &diagnostic.help {
        output.push_str("help: ");
        output.push_str(help);
        output.push('\n');
    }
    for note in &diagnostic.notes {
        output.push_str("note: ");
        output.push_str(note);
        output.push('\n');
    }
    output
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_documented_shape() {
        let source = "BEGIN\n{\n    printf(\"%d\\n\", foo);\n}\n";
        let start = source.find("foo").unwrap() as u32;
        let diagnostic = Diagnostic::error(Span::new(start, start + 3), "unknown builtin `foo`")
            .with_help("did you mean `pid`?");
        let rendered = render(&[diagnostic], "script.bt", source);
        assert_eq!(
            rendered,
            "script.bt:3:20: error: unknown builtin `foo`\n    printf(\"%d\\n\", foo);\n                   ^~~\nhelp: did you mean `pid`?\n"
        );
    }

    #[test]
    fn tabs_keep_the_caret_aligned() {
        let source = "a\n\t\tbar x;\n";
        let start = source.find('x').unwrap() as u32;
        let diagnostic = Diagnostic::warning(Span::new(start, start + 1), "odd");
        let rendered = render_one(&diagnostic, "f.bt", source);
        assert_eq!(rendered, "f.bt:2:7: warning: odd\n\t\tbar x;\n\t\t    ^\n");
    }

    #[test]
    fn multi_line_span_is_cut_at_line_end_and_notes_follow() {
        let source = "abc def\nghi";
        let diagnostic = Diagnostic::error(Span::new(4, 11), "m")
            .with_label("here")
            .with_note("first")
            .with_note("second");
        let rendered = render_one(&diagnostic, "s", source);
        assert_eq!(
            rendered,
            "s:1:5: error: m\nabc def\n    ^~~ here\nnote: first\nnote: second\n"
        );
    }

    #[test]
    fn end_of_file_positions() {
        let source = "BEGIN {\n";
        let diagnostic = Diagnostic::error(Span::new(8, 8), "unexpected end of file");
        assert_eq!(
            render_one(&diagnostic, "s", source),
            "s:1:8: error: unexpected end of file\nBEGIN {\n       ^\n"
        );
        let empty = Diagnostic::error(Span::new(5, 9), "nothing");
        assert_eq!(render_one(&empty, "s", ""), "s:1:1: error: nothing\n\n^\n");
    }

    #[test]
    fn multi_byte_characters_count_as_one_column() {
        let source = "\"é\" x";
        let start = source.find('x').unwrap() as u32;
        let diagnostic = Diagnostic::error(Span::new(start, start + 1), "m");
        assert_eq!(
            render_one(&diagnostic, "s", source),
            "s:1:5: error: m\n\"é\" x\n    ^\n"
        );
        assert_eq!(line_column(source, 2), LineColumn { line: 1, column: 2 });
    }
}
