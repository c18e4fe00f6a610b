//! What the fuzz targets run. In: arbitrary bytes. Out: nothing; a panic (a broken
//! invariant below, or a panic inside btc) is what libFuzzer reports as a crash.
//!
//! The invariants are the front end's promise: every input gives diagnostics, never a
//! panic, a hang or an error without a message. Type checking uses the fake tracefs in
//! `fuzz/tracefs`, so results never depend on the host's kernel.

use std::path::PathBuf;
use std::sync::OnceLock;

use btc::diagnostic::{self, Diagnostic};
use btc::semantic::Options;
use btc::syntax::ast::Span;
use btc::syntax::lexer::{self, TokenKind};

/// Inputs are scripts: text. Bytes that are not UTF-8 never reach btc (its CLI reads the
/// script with `read_to_string`), so they are skipped.
pub fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// The fixed tracefs of the fuzz targets: a few tracepoint format files and an
/// `available_filter_functions`.
pub fn tracefs() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tracefs")
}

/// The checker's options: defaults, with the fake tracefs.
pub fn options() -> &'static Options {
    static OPTIONS: OnceLock<Options> = OnceLock::new();
    OPTIONS.get_or_init(|| Options {
        tracefs: Some(tracefs()),
        ..Options::default()
    })
}

fn assert_span(source: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end as usize <= source.len(),
        "{what}: span {span:?} is outside the {}-byte source",
        source.len()
    );
}

/// Renders the diagnostics as `btc check` would, which must not panic either.
fn render(source: &str, diagnostics: &[Diagnostic]) {
    let rendered = diagnostic::render(diagnostics, "fuzz.bt", source);
    assert!(diagnostics.is_empty() || !rendered.is_empty());
}

/// Lexes the whole input token by token: every token moves forward, lies inside the text,
/// on character boundaries; integer literals and string literals are evaluated too.
pub fn lex(source: &str) {
    let mut diagnostics = Vec::new();
    let mut offset = 0;
    loop {
        let token = lexer::next_token(source, offset, &mut diagnostics);
        assert_span(source, token.span, "token");
        let (start, end) = (token.span.start as usize, token.span.end as usize);
        assert!(
            source.is_char_boundary(start) && source.is_char_boundary(end),
            "token {token:?} splits a character"
        );
        if token.kind == TokenKind::EndOfFile {
            assert_eq!(end, source.len(), "end of file before the end of the text");
            break;
        }
        assert!(
            start >= offset && end > start,
            "token {token:?} at offset {offset} does not move forward"
        );
        if let TokenKind::String(_) = token.kind {
            let mut again = Vec::new();
            let (_, string_end) = lexer::lex_string(source, start, &mut again);
            assert_eq!(string_end, end);
        }
        offset = end;
    }
    let _ = lexer::evaluate_integer(source);
    let _ = lexer::skip_layout(source, 0, &mut diagnostics);
    render(source, &diagnostics);
}

/// Parses the input; the AST and every diagnostic must point inside the text.
pub fn parse(source: &str) {
    let (program, diagnostics) = btc::syntax::parse(source);
    assert_span(source, program.span, "program");
    for diagnostic in &diagnostics {
        assert_span(source, diagnostic.span, &diagnostic.message);
        assert!(!diagnostic.message.is_empty());
    }
    render(source, &diagnostics);
}

/// Parses and type-checks the input: a refused script has at least one error.
pub fn check(source: &str) {
    match btc::compile::check(source, options()) {
        Ok((_, warnings)) => {
            assert!(!diagnostic::has_errors(&warnings));
            render(source, &warnings);
        }
        Err(diagnostics) => {
            assert!(
                diagnostic::has_errors(&diagnostics),
                "the script was refused without an error: {diagnostics:?}"
            );
            render(source, &diagnostics);
        }
    }
}

/// The whole pipeline: a script the checker accepts must compile to an object.
pub fn compile(source: &str) {
    match btc::compile::compile(source, "fuzz.bt", options()) {
        Ok(compilation) => {
            assert!(!compilation.object.is_empty());
            let _ = compilation.listing(source);
        }
        Err(btc::compile::CompileError::Script(diagnostics)) => {
            assert!(diagnostic::has_errors(&diagnostics));
            render(source, &diagnostics);
        }
        // A program the verifier-independent backend cannot encode (too large, too many
        // registers): an error with a message, not a crash.
        Err(error) => assert!(!error.to_string().is_empty()),
    }
}
