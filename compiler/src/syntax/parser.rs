//! The recursive-descent parser. In: the text of a bpftrace script. Out: an
//! [`ast::Program`] and the syntax diagnostics. The parser pulls tokens from
//! [`lexer::next_token`] on demand and scans raw text itself where bpftrace's grammar is not
//! token based (shebang, `#` lines, C definitions, attach points). It accepts the bpftrace
//! v0.26 grammar and the older spellings still found in scripts (`BEGIN`/`END`, `->`,
//! `while`, parenthesised `if` conditions, one-letter provider aliases). After an error it
//! skips to the end of the statement (the next `;` or `}` at the same depth), or for a
//! broken probe header to the end of the probe's body, and goes on, so every error of a file
//! is reported in one run. Nesting is limited (see [`MAXIMUM_DEPTH`]) so no input can
//! overflow the stack, and every loop consumes input, so none can hang.

use crate::diagnostic::Diagnostic;
use crate::syntax::ast::*;
use crate::syntax::lexer::{self, Punctuation, Token, TokenKind};

/// How deeply expressions and blocks may nest before the parser gives up on them.
pub const MAXIMUM_DEPTH: u32 = 100;

/// Parses a whole script. Always returns a program (missing parts left out) and the
/// diagnostics found, in source order of discovery.
pub fn parse(source: &str) -> (Program, Vec<Diagnostic>) {
    let mut parser = Parser::new(source);
    let program = parser.parse_program();
    (program, parser.diagnostics)
}

/// Parses a single expression (used by tests and by tools that take an expression on the
/// command line). Reports trailing input as an error.
pub fn parse_expression(source: &str) -> (Option<Expr>, Vec<Diagnostic>) {
    let mut parser = Parser::new(source);
    parser.relex_at(0);
    let expression = parser.parse_expression().ok();
    if expression.is_some() && parser.token.kind != TokenKind::EndOfFile {
        let found = parser.token.kind.describe();
        parser.error(
            parser.token.span,
            format!("unexpected {found} after the expression"),
        );
    }
    (expression, parser.diagnostics)
}

/// Marks a failure that has already been reported; the caller recovers.
#[derive(Debug)]
struct Failed;

type ParseResult<T> = Result<T, Failed>;

/// Names that are never types, so `(name)` before an expression is not read as a cast.
const BUILTIN_VARIABLES: &[&str] = &[
    "args",
    "cgroup",
    "comm",
    "config",
    "cpid",
    "cpu",
    "ctx",
    "curtask",
    "elapsed",
    "func",
    "gid",
    "has_cpid",
    "jiffies",
    "kstack",
    "leader_comm",
    "leader_tid",
    "ncpus",
    "nsecs",
    "numaid",
    "pcomm",
    "pid",
    "ppid",
    "probe",
    "probetype",
    "rand",
    "retval",
    "tid",
    "uid",
    "username",
    "usermode",
    "ustack",
];

fn is_builtin_variable(name: &str) -> bool {
    if BUILTIN_VARIABLES.contains(&name) || name.starts_with("__builtin_") {
        return true;
    }
    let numbered = |prefix: &str| {
        name.strip_prefix(prefix)
            .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
    };
    numbered("arg") || numbered("sarg")
}

/// Type names that bpftrace knows without BTF.
const BUILTIN_TYPES: &[&str] = &[
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "void",
    "string",
    "buffer",
    "inet",
    "timestamp",
    "min_t",
    "max_t",
    "sum_t",
    "count_t",
    "avg_t",
    "stats_t",
    "umin_t",
    "umax_t",
    "usum_t",
    "uavg_t",
    "ustats_t",
    "macaddr_t",
    "cgroup_path_t",
    "ksym_t",
    "usym_t",
    "kstack_t",
    "ustack_t",
    "username_t",
    "hist_t",
    "lhist_t",
    "tseries_t",
];

/// Providers whose attach points may contain `/` (file paths).
fn provider_takes_paths(provider: &str) -> bool {
    matches!(provider, "u" | "ur" | "U" | "it")
        || matches!(
            provider.to_ascii_lowercase().as_str(),
            "uprobe" | "uretprobe" | "usdt" | "iter"
        )
}

struct SavePoint {
    token: Token,
    previous_end: usize,
    diagnostics: usize,
}

struct Parser<'source> {
    source: &'source str,
    /// The current (not yet consumed) token.
    token: Token,
    /// The end offset of the last consumed token or raw text.
    previous_end: usize,
    diagnostics: Vec<Diagnostic>,
    depth: u32,
}

fn offset_span(start: usize, end: usize) -> Span {
    Span::new(
        u32::try_from(start).unwrap_or(u32::MAX),
        u32::try_from(end).unwrap_or(u32::MAX),
    )
}

impl<'source> Parser<'source> {
    fn new(source: &'source str) -> Parser<'source> {
        Parser {
            source,
            token: Token {
                kind: TokenKind::EndOfFile,
                span: Span::default(),
            },
            previous_end: 0,
            diagnostics: Vec::new(),
            depth: 0,
        }
    }

    // -----------------------------------------------------------------------------------
    // Token handling
    // -----------------------------------------------------------------------------------

    /// Makes the token at (or after the layout following) `offset` current.
    fn relex_at(&mut self, offset: usize) {
        self.previous_end = offset;
        self.token = lexer::next_token(self.source, offset, &mut self.diagnostics);
    }

    fn advance(&mut self) -> Token {
        let next = lexer::next_token(
            self.source,
            self.token.span.end as usize,
            &mut self.diagnostics,
        );
        self.previous_end = self.token.span.end as usize;
        std::mem::replace(&mut self.token, next)
    }

    /// The token `count` tokens after the current one (1 is the next), without consuming
    /// anything or reporting lexer errors.
    fn peek(&self, count: usize) -> Token {
        let mut scratch = Vec::new();
        let mut token = self.token.clone();
        for _ in 0..count {
            if token.kind == TokenKind::EndOfFile {
                break;
            }
            token = lexer::next_token(self.source, token.span.end as usize, &mut scratch);
        }
        token
    }

    fn save(&self) -> SavePoint {
        SavePoint {
            token: self.token.clone(),
            previous_end: self.previous_end,
            diagnostics: self.diagnostics.len(),
        }
    }

    fn restore(&mut self, save_point: SavePoint) {
        self.token = save_point.token;
        self.previous_end = save_point.previous_end;
        self.diagnostics.truncate(save_point.diagnostics);
    }

    fn at(&self, punctuation: Punctuation) -> bool {
        self.token.kind == TokenKind::Punctuation(punctuation)
    }

    fn at_keyword(&self, keyword: &str) -> bool {
        matches!(&self.token.kind, TokenKind::Identifier(name) if name == keyword)
    }

    fn at_end(&self) -> bool {
        self.token.kind == TokenKind::EndOfFile
    }

    fn eat(&mut self, punctuation: Punctuation) -> bool {
        if self.at(punctuation) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn eat_keyword(&mut self, keyword: &str) -> bool {
        if self.at_keyword(keyword) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn error(&mut self, span: Span, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::error(span, message));
    }

    fn error_expected(&mut self, what: &str) -> Failed {
        let found = self.token.kind.describe();
        let span = self.token.span;
        self.diagnostics.push(Diagnostic::error(
            span,
            format!("expected {what}, found {found}"),
        ));
        Failed
    }

    fn expect(&mut self, punctuation: Punctuation) -> ParseResult<Span> {
        if self.at(punctuation) {
            Ok(self.advance().span)
        } else {
            Err(self.error_expected(&format!("`{}`", punctuation.text())))
        }
    }

    /// Like [`Parser::expect`] for a closing delimiter, with a note on the opening one.
    fn expect_closing(&mut self, punctuation: Punctuation, opening: Span) -> ParseResult<Span> {
        if self.at(punctuation) {
            return Ok(self.advance().span);
        }
        let found = self.token.kind.describe();
        let span = self.token.span;
        let (line, column) = {
            let position = crate::diagnostic::line_column(self.source, opening.start);
            (position.line, position.column)
        };
        self.diagnostics.push(
            Diagnostic::error(
                span,
                format!("expected `{}`, found {found}", punctuation.text()),
            )
            .with_note(format!(
                "to match the opening at line {line}, column {column}"
            )),
        );
        Err(Failed)
    }

    fn expect_name(&mut self, what: &str) -> ParseResult<Name> {
        if let TokenKind::Identifier(name) = &self.token.kind {
            let name = Name {
                text: name.clone(),
                span: self.token.span,
            };
            self.advance();
            Ok(name)
        } else {
            Err(self.error_expected(what))
        }
    }

    fn span_from(&self, start: u32) -> Span {
        Span::new(
            start,
            u32::try_from(self.previous_end)
                .unwrap_or(u32::MAX)
                .max(start),
        )
    }

    fn enter(&mut self) -> ParseResult<()> {
        if self.depth >= MAXIMUM_DEPTH {
            let span = self.token.span;
            self.error(span, "this nests too deeply");
            return Err(Failed);
        }
        self.depth += 1;
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Skips the rest of a broken statement: up to and including the next `;`, or up to
    /// (not including) the `}` that closes the enclosing block. Balanced groups are skipped
    /// whole.
    fn synchronize_statement(&mut self) {
        let mut nesting = 0usize;
        loop {
            match &self.token.kind {
                TokenKind::EndOfFile => return,
                TokenKind::Punctuation(Punctuation::Semicolon) if nesting == 0 => {
                    self.advance();
                    return;
                }
                TokenKind::Punctuation(Punctuation::RightBrace) if nesting == 0 => return,
                TokenKind::Punctuation(
                    Punctuation::LeftBrace
                    | Punctuation::LeftParenthesis
                    | Punctuation::LeftBracket,
                ) => nesting += 1,
                TokenKind::Punctuation(
                    Punctuation::RightBrace
                    | Punctuation::RightParenthesis
                    | Punctuation::RightBracket,
                ) => {
                    nesting = nesting.saturating_sub(1);
                    if nesting == 0 && self.at(Punctuation::RightBrace) {
                        // A nested block ended: a statement boundary.
                        self.advance();
                        return;
                    }
                }
                _ => {}
            }
            self.advance();
        }
    }

    /// Skips a balanced `{ ... }` group starting at the current `{`.
    fn skip_braces(&mut self) {
        let mut nesting = 0usize;
        loop {
            match &self.token.kind {
                TokenKind::EndOfFile => return,
                TokenKind::Punctuation(Punctuation::LeftBrace) => nesting += 1,
                TokenKind::Punctuation(Punctuation::RightBrace) => {
                    nesting = nesting.saturating_sub(1);
                    if nesting == 0 {
                        self.advance();
                        return;
                    }
                }
                _ => {}
            }
            self.advance();
        }
    }

    // -----------------------------------------------------------------------------------
    // Program structure
    // -----------------------------------------------------------------------------------

    fn parse_program(&mut self) -> Program {
        let source = self.source;
        let mut shebang = None;
        let mut start = lexer::skip_layout(source, 0, &mut Vec::new());
        if source[start..].starts_with("#!") {
            let end = source[start..]
                .find('\n')
                .map_or(source.len(), |index| start + index);
            shebang = Some(Shebang {
                text: source[start..end].to_string(),
                span: offset_span(start, end),
            });
            start = end;
        }
        self.relex_at(start);

        let mut program = Program {
            shebang,
            preamble: Vec::new(),
            config: None,
            imports: Vec::new(),
            items: Vec::new(),
            span: offset_span(0, source.len()),
        };

        // Section 1: C definitions.
        while let Some(definition) = self.try_parse_c_definition() {
            program.preamble.push(definition);
        }
        // Section 2: config and imports.
        loop {
            if self.at_keyword("config")
                && self.peek(1).kind == TokenKind::Punctuation(Punctuation::Assign)
            {
                let config_start = self.token.span;
                match self.parse_config() {
                    Ok(config) if program.config.is_none() => program.config = Some(config),
                    Ok(_) => self.error(config_start, "duplicate config block"),
                    Err(Failed) => self.recover_item(),
                }
            } else if self.at_keyword("import") {
                match self.parse_import() {
                    Ok(import) => program.imports.push(import),
                    Err(Failed) => self.synchronize_statement(),
                }
            } else if let Some(definition) = self.try_parse_c_definition() {
                self.error(
                    definition.span,
                    "C definitions must appear before config, imports and probes",
                );
                program.preamble.push(definition);
            } else {
                break;
            }
        }
        // Section 3: probes, macros, functions and map declarations.
        while !self.at_end() {
            let before = self.token.span.start;
            self.parse_item(&mut program);
            if self.token.span.start == before && !self.at_end() {
                // Defensive: always make progress.
                self.advance();
            }
        }
        program
    }

    /// Skips a broken top-level item: up to the end of the next `{ ... }` group.
    fn recover_item(&mut self) {
        while !self.at_end() && !self.at(Punctuation::LeftBrace) {
            if self.at(Punctuation::RightBrace) {
                self.advance();
                return;
            }
            self.advance();
        }
        self.skip_braces();
    }

    fn parse_item(&mut self, program: &mut Program) {
        if let Some(definition) = self.try_parse_c_definition() {
            self.error(
                definition.span,
                "C definitions must appear before config, imports and probes",
            );
            program.preamble.push(definition);
            return;
        }
        let next = self.peek(1).kind;
        if self.at_keyword("config") && next == TokenKind::Punctuation(Punctuation::Assign) {
            let span = self.token.span;
            self.error(
                span,
                "the config block must appear before probes, macros and functions",
            );
            if self.parse_config().is_err() {
                self.recover_item();
            }
            return;
        }
        if self.at_keyword("import") && matches!(next, TokenKind::String(_)) {
            let span = self.token.span;
            self.error(
                span,
                "imports must appear before probes, macros and functions",
            );
            if self.parse_import().is_err() {
                self.synchronize_statement();
            }
            return;
        }
        if self.at_keyword("macro") && matches!(next, TokenKind::Identifier(_)) {
            match self.parse_macro() {
                Ok(definition) => program.items.push(Item::Macro(definition)),
                Err(Failed) => self.recover_item(),
            }
            return;
        }
        if self.at_keyword("fn") && matches!(next, TokenKind::Identifier(_)) {
            match self.parse_function() {
                Ok(definition) => program.items.push(Item::Function(definition)),
                Err(Failed) => self.recover_item(),
            }
            return;
        }
        if self.at_keyword("let") {
            match self.parse_map_declaration() {
                Ok(declaration) => program.items.push(Item::MapDeclaration(declaration)),
                Err(Failed) => self.synchronize_statement(),
            }
            return;
        }
        if self.at(Punctuation::RightBrace) {
            let span = self.token.span;
            self.error(span, "unexpected `}` outside of any block");
            self.advance();
            return;
        }
        match self.parse_probe() {
            Ok(probe) => program.items.push(Item::Probe(probe)),
            Err(Failed) => self.recover_item(),
        }
    }

    /// Parses a `#` line or a `struct`/`union`/`enum` definition if one starts here.
    fn try_parse_c_definition(&mut self) -> Option<CDefinition> {
        let start = self.token.span.start as usize;
        if self.at(Punctuation::Hash) {
            return Some(self.parse_preprocessor_line(start));
        }
        if matches!(&self.token.kind, TokenKind::Identifier(word) if word == "typedef") {
            return Some(self.parse_typedef(start));
        }
        let kind = match &self.token.kind {
            TokenKind::Identifier(word) if word == "struct" => CDefinitionKind::Struct,
            TokenKind::Identifier(word) if word == "union" => CDefinitionKind::Union,
            TokenKind::Identifier(word) if word == "enum" => CDefinitionKind::Enum,
            _ => return None,
        };
        // `struct name {` (or `enum {`) starts a definition.
        let second = self.peek(1).kind;
        let third = self.peek(2).kind;
        let is_definition = second == TokenKind::Punctuation(Punctuation::LeftBrace)
            || (matches!(second, TokenKind::Identifier(_))
                && third == TokenKind::Punctuation(Punctuation::LeftBrace));
        if !is_definition {
            return None;
        }
        Some(self.parse_c_type_definition(start, kind))
    }

    fn parse_preprocessor_line(&mut self, start: usize) -> CDefinition {
        let source = self.source;
        let bytes = source.as_bytes();
        let mut end = start;
        // A backslash at the end of a line continues the directive.
        while end < bytes.len() && bytes[end] != b'\n' {
            if bytes[end] == b'\\' && bytes.get(end + 1) == Some(&b'\n') {
                end += 2;
            } else {
                end += 1;
            }
        }
        let text = source[start..end].trim_end().to_string();
        let directive = text[1..].trim_start();
        let word_end = directive
            .find(|character: char| !character.is_ascii_alphanumeric() && character != '_')
            .unwrap_or(directive.len());
        let kind = match &directive[..word_end] {
            "include" => CDefinitionKind::Include,
            "define" => CDefinitionKind::Define,
            _ => CDefinitionKind::OtherPreprocessor,
        };
        let span = offset_span(start, start + text.len());
        self.relex_at(end);
        CDefinition { kind, text, span }
    }

    /// `typedef ...;`: the text up to the first `;` outside braces.
    fn parse_typedef(&mut self, start: usize) -> CDefinition {
        let source = self.source;
        let bytes = source.as_bytes();
        let mut offset = start;
        let mut nesting = 0usize;
        let mut closed = false;
        while offset < bytes.len() {
            match bytes[offset] {
                b'/' if bytes.get(offset + 1) == Some(&b'/') => {
                    while offset < bytes.len() && bytes[offset] != b'\n' {
                        offset += 1;
                    }
                    continue;
                }
                b'/' if bytes.get(offset + 1) == Some(&b'*') => {
                    offset = source[offset + 2..]
                        .find("*/")
                        .map_or(bytes.len(), |index| offset + 2 + index + 2);
                    continue;
                }
                b'{' => nesting += 1,
                b'}' => nesting = nesting.saturating_sub(1),
                b';' if nesting == 0 => {
                    offset += 1;
                    closed = true;
                    break;
                }
                _ => {}
            }
            offset += 1;
        }
        if !closed {
            self.error(
                offset_span(start, offset),
                "unterminated typedef: missing `;`",
            );
        }
        let text = source[start..offset].to_string();
        self.relex_at(offset);
        CDefinition {
            kind: CDefinitionKind::Typedef,
            text,
            span: offset_span(start, offset),
        }
    }

    fn parse_c_type_definition(&mut self, start: usize, kind: CDefinitionKind) -> CDefinition {
        let source = self.source;
        let bytes = source.as_bytes();
        let mut offset = start;
        while offset < bytes.len() && bytes[offset] != b'{' {
            offset += 1;
        }
        let mut nesting = 0usize;
        let mut closed = false;
        while offset < bytes.len() {
            match bytes[offset] {
                b'/' if bytes.get(offset + 1) == Some(&b'/') => {
                    while offset < bytes.len() && bytes[offset] != b'\n' {
                        offset += 1;
                    }
                    continue;
                }
                b'/' if bytes.get(offset + 1) == Some(&b'*') => {
                    offset = source[offset + 2..]
                        .find("*/")
                        .map_or(bytes.len(), |index| offset + 2 + index + 2);
                    continue;
                }
                b'{' => nesting += 1,
                b'}' => {
                    nesting -= 1;
                    if nesting == 0 {
                        offset += 1;
                        closed = true;
                        break;
                    }
                }
                _ => {}
            }
            offset += 1;
        }
        if !closed {
            self.error(
                offset_span(start, offset),
                "unterminated C definition: missing `}`",
            );
        }
        // Attributes such as `__attribute__((packed))`.
        loop {
            let after = lexer::skip_layout(source, offset, &mut Vec::new());
            if !source[after..].starts_with("__attribute__") {
                break;
            }
            let mut cursor = after + "__attribute__".len();
            cursor = lexer::skip_layout(source, cursor, &mut Vec::new());
            if !source[cursor..].starts_with("((") {
                self.error(
                    offset_span(after, cursor),
                    "expected `((` after `__attribute__`",
                );
                offset = cursor;
                break;
            }
            let mut nesting = 0usize;
            while cursor < bytes.len() {
                match bytes[cursor] {
                    b'(' => nesting += 1,
                    b')' => {
                        nesting -= 1;
                        if nesting == 0 {
                            cursor += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                cursor += 1;
            }
            if nesting != 0 {
                self.error(
                    offset_span(after, cursor),
                    "unbalanced `(` in `__attribute__`",
                );
            }
            offset = cursor;
        }
        let mut text = source[start..offset].trim_end().to_string();
        let end = start + text.len();
        self.relex_at(offset);
        if self.at(Punctuation::Semicolon) {
            self.advance();
        }
        if !text.ends_with(';') {
            text.push(';');
        }
        CDefinition {
            kind,
            text,
            span: offset_span(start, end),
        }
    }

    fn parse_config(&mut self) -> ParseResult<Config> {
        let start = self.token.span.start;
        self.advance(); // `config`
        self.expect(Punctuation::Assign)?;
        let opening = self.expect(Punctuation::LeftBrace)?;
        let mut entries = Vec::new();
        while !self.at(Punctuation::RightBrace) && !self.at_end() {
            if self.eat(Punctuation::Semicolon) {
                continue;
            }
            let key = self.expect_name("a config key")?;
            self.expect(Punctuation::Assign)?;
            let value = match &self.token.kind {
                TokenKind::String(text) => ConfigValue::String(text.clone()),
                TokenKind::Integer(value) => ConfigValue::Integer(*value),
                TokenKind::Identifier(word) if word == "true" => ConfigValue::Boolean(true),
                TokenKind::Identifier(word) if word == "false" => ConfigValue::Boolean(false),
                TokenKind::Identifier(word) => ConfigValue::Identifier(word.clone()),
                _ => return Err(self.error_expected("a string, integer, boolean or name")),
            };
            self.advance();
            entries.push(ConfigEntry {
                span: self.span_from(key.span.start),
                key,
                value,
            });
            if !self.at(Punctuation::RightBrace) {
                self.expect(Punctuation::Semicolon)?;
            }
        }
        self.expect_closing(Punctuation::RightBrace, opening)?;
        Ok(Config {
            entries,
            span: self.span_from(start),
        })
    }

    fn parse_import(&mut self) -> ParseResult<Import> {
        let start = self.token.span.start;
        self.advance(); // `import`
        let TokenKind::String(path) = &self.token.kind else {
            return Err(self.error_expected("a path string after `import`"));
        };
        let path = path.clone();
        self.advance();
        let span = self.span_from(start);
        self.expect(Punctuation::Semicolon)?;
        Ok(Import { path, span })
    }

    fn parse_macro(&mut self) -> ParseResult<MacroDefinition> {
        let start = self.token.span.start;
        self.advance(); // `macro`
        let name = self.expect_name("a macro name")?;
        let mut parameters = Vec::new();
        if self.at(Punctuation::LeftBrace) {
            // `macro name { ... }`: no parameters.
            let body = self.parse_block(true)?;
            return Ok(MacroDefinition {
                name,
                parameters,
                body,
                span: self.span_from(start),
            });
        }
        let opening = self.expect(Punctuation::LeftParenthesis)?;
        while !self.at(Punctuation::RightParenthesis) {
            let span = self.token.span;
            let parameter = match &self.token.kind {
                TokenKind::Variable(text) => MacroParameter::Variable(Name {
                    text: text.clone(),
                    span,
                }),
                TokenKind::Map(text) => MacroParameter::Map(Name {
                    text: text.clone(),
                    span,
                }),
                TokenKind::Identifier(text) => MacroParameter::Identifier(Name {
                    text: text.clone(),
                    span,
                }),
                _ => {
                    return Err(
                        self.error_expected("a macro parameter (`$name`, `@name` or a name)")
                    );
                }
            };
            self.advance();
            parameters.push(parameter);
            if !self.eat(Punctuation::Comma) {
                break;
            }
        }
        self.expect_closing(Punctuation::RightParenthesis, opening)?;
        let body = self.parse_block(true)?;
        Ok(MacroDefinition {
            name,
            parameters,
            body,
            span: self.span_from(start),
        })
    }

    fn parse_function(&mut self) -> ParseResult<FunctionDefinition> {
        let start = self.token.span.start;
        self.advance(); // `fn`
        let name = self.expect_name("a function name")?;
        let opening = self.expect(Punctuation::LeftParenthesis)?;
        let mut parameters = Vec::new();
        while !self.at(Punctuation::RightParenthesis) {
            let TokenKind::Variable(text) = &self.token.kind else {
                return Err(self.error_expected("a parameter such as `$name: int64`"));
            };
            let variable = Name {
                text: text.clone(),
                span: self.token.span,
            };
            self.advance();
            self.expect(Punctuation::Colon)?;
            let parameter_type = self.parse_type_specifier()?;
            parameters.push(FunctionParameter {
                span: self.span_from(variable.span.start),
                variable,
                parameter_type,
            });
            if !self.eat(Punctuation::Comma) {
                break;
            }
        }
        self.expect_closing(Punctuation::RightParenthesis, opening)?;
        self.expect(Punctuation::Colon)?;
        let return_type = self.parse_type_specifier()?;
        let body = self.parse_block(false)?;
        Ok(FunctionDefinition {
            name,
            parameters,
            return_type,
            body,
            span: self.span_from(start),
        })
    }

    fn parse_map_declaration(&mut self) -> ParseResult<MapDeclaration> {
        let start = self.token.span.start;
        self.advance(); // `let`
        let TokenKind::Map(text) = &self.token.kind else {
            let found = self.token.kind.describe();
            let span = self.token.span;
            self.diagnostics.push(
                Diagnostic::error(span, format!("expected a map name, found {found}"))
                    .with_help("at the top level, `let` declares a map: `let @name = hash(1024);`"),
            );
            return Err(Failed);
        };
        let map = Name {
            text: text.clone(),
            span: self.token.span,
        };
        self.advance();
        self.expect(Punctuation::Assign)?;
        let map_kind = self.expect_name("a map kind such as `hash` or `lruhash`")?;
        self.expect(Punctuation::LeftParenthesis)?;
        let TokenKind::Integer(max_entries) = self.token.kind else {
            return Err(self.error_expected("the maximum number of entries"));
        };
        self.advance();
        self.expect(Punctuation::RightParenthesis)?;
        let span = self.span_from(start);
        self.expect(Punctuation::Semicolon)?;
        Ok(MapDeclaration {
            map,
            map_kind,
            max_entries,
            span,
        })
    }

    // -----------------------------------------------------------------------------------
    // Probes
    // -----------------------------------------------------------------------------------

    fn parse_probe(&mut self) -> ParseResult<Probe> {
        let start = self.token.span.start;
        // The first token was lexed as ordinary code; attach points are raw text, so drop
        // any lexer complaint about it and scan again.
        self.diagnostics
            .retain(|diagnostic| diagnostic.span.start < start);
        let mut attach_points = vec![self.parse_attach_point()?];
        while self.eat(Punctuation::Comma) {
            if self.at(Punctuation::LeftBrace) || self.at(Punctuation::Slash) {
                break; // trailing comma
            }
            let start = self.token.span.start;
            self.diagnostics
                .retain(|diagnostic| diagnostic.span.start < start);
            attach_points.push(self.parse_attach_point()?);
        }
        let mut predicate = None;
        if self.at(Punctuation::Slash) {
            let opening = self.advance().span;
            let condition = self.parse_expression()?;
            self.expect_closing(Punctuation::Slash, opening)?;
            predicate = Some(condition);
        }
        if !self.at(Punctuation::LeftBrace) {
            let found = self.token.kind.describe();
            let span = self.token.span;
            let mut diagnostic = Diagnostic::error(
                span,
                format!("expected `{{` to start the probe body, found {found}"),
            );
            if predicate.is_none() {
                diagnostic = diagnostic.with_help(
                    "attach points are separated by `,`; a predicate is written `/condition/`",
                );
            }
            self.diagnostics.push(diagnostic);
            return Err(Failed);
        }
        let body = self.parse_block(false)?;
        Ok(Probe {
            attach_points,
            predicate,
            body,
            span: self.span_from(start),
        })
    }

    /// Scans one attach point as raw text from the current token's start.
    fn parse_attach_point(&mut self) -> ParseResult<AttachPoint> {
        let source = self.source;
        let bytes = source.as_bytes();
        let start = self.token.span.start as usize;
        let mut offset = start;
        let mut provider_end = None;
        while offset < bytes.len() {
            let byte = bytes[offset];
            if byte == b'{' || byte == b',' || byte.is_ascii_whitespace() {
                break;
            }
            if byte == b'/' {
                let next = bytes.get(offset + 1).copied().unwrap_or(0);
                if next == b'/' || next == b'*' {
                    break; // a comment
                }
                let takes_paths =
                    provider_end.is_some_and(|end| provider_takes_paths(&source[start..end]));
                if !takes_paths {
                    break; // a predicate
                }
            }
            if byte == b':' && provider_end.is_none() {
                provider_end = Some(offset);
            }
            if byte == b'"' {
                offset += 1;
                while offset < bytes.len() && bytes[offset] != b'"' && bytes[offset] != b'\n' {
                    offset += if bytes[offset] == b'\\' { 2 } else { 1 };
                }
                if offset >= bytes.len() || bytes[offset] != b'"' {
                    self.error(
                        offset_span(start, offset.min(bytes.len())),
                        "unterminated string in attach point",
                    );
                    offset = offset.min(bytes.len());
                    continue;
                }
                offset += 1;
                continue;
            }
            offset += source[offset..].chars().next().map_or(1, char::len_utf8);
        }
        let offset = offset.min(bytes.len());
        if offset == start {
            self.relex_at(start);
            return Err(self.error_expected("an attach point such as `kprobe:vfs_read`"));
        }
        let raw = source[start..offset].to_string();
        let span = offset_span(start, offset);
        let mut fields = split_attach_point(&raw).into_iter();
        let provider = fields.next().unwrap_or_default();
        let parts: Vec<String> = fields.collect();
        self.relex_at(offset);
        if provider.is_empty()
            || provider
                .bytes()
                .any(|byte| !lexer::is_identifier_continue(byte))
        {
            self.error(span, format!("invalid attach point `{raw}`"));
            return Err(Failed);
        }
        Ok(AttachPoint {
            raw,
            span,
            provider,
            parts,
        })
    }

    // -----------------------------------------------------------------------------------
    // Blocks and statements
    // -----------------------------------------------------------------------------------

    /// Parses `{ statements }`. With `allow_value`, a final expression without `;` becomes
    /// the block's value; otherwise it becomes an expression statement.
    fn parse_block(&mut self, allow_value: bool) -> ParseResult<Block> {
        self.enter()?;
        let result = self.parse_block_inner(allow_value);
        self.leave();
        result
    }

    fn parse_block_inner(&mut self, allow_value: bool) -> ParseResult<Block> {
        let opening = self.expect(Punctuation::LeftBrace)?;
        let mut statements = Vec::new();
        let mut value = None;
        while !self.at(Punctuation::RightBrace) && !self.at_end() {
            let before = self.token.span.start;
            match self.parse_statement(allow_value) {
                Ok(Parsed::Statement(statement)) => statements.push(statement),
                Ok(Parsed::Value(expression)) => {
                    value = Some(Box::new(expression));
                }
                Ok(Parsed::Nothing) => {}
                Err(Failed) => self.synchronize_statement(),
            }
            if self.token.span.start == before
                && !self.at(Punctuation::RightBrace)
                && !self.at_end()
            {
                self.advance();
            }
        }
        self.expect_closing(Punctuation::RightBrace, opening)?;
        Ok(Block {
            statements,
            value,
            span: self.span_from(opening.start),
        })
    }

    fn parse_statement(&mut self, allow_value: bool) -> ParseResult<Parsed> {
        let start = self.token.span.start;
        if self.eat(Punctuation::Semicolon) {
            return Ok(Parsed::Nothing);
        }
        let keyword = match &self.token.kind {
            TokenKind::Identifier(word) => word.clone(),
            _ => String::new(),
        };
        let next = self.peek(1).kind;
        let kind = match keyword.as_str() {
            "if" => {
                let mut statement = self.parse_if()?;
                let value_like =
                    statement.else_branch.is_some() && statement.then_block.value.is_some();
                if allow_value && value_like && self.at(Punctuation::RightBrace) {
                    let span = statement.span;
                    return Ok(Parsed::Value(Expr {
                        kind: ExprKind::If(statement),
                        span,
                    }));
                }
                demote_if_values(&mut statement);
                self.eat(Punctuation::Semicolon);
                StatementKind::If(statement)
            }
            "while" | "unroll" => {
                let is_while = keyword == "while";
                self.advance();
                let condition = self.parse_expression()?;
                let body = self.parse_block(false)?;
                self.eat(Punctuation::Semicolon);
                if is_while {
                    StatementKind::While { condition, body }
                } else {
                    StatementKind::Unroll {
                        count: condition,
                        body,
                    }
                }
            }
            "for" => {
                let statement = self.parse_for()?;
                self.eat(Punctuation::Semicolon);
                statement
            }
            "break" | "continue" => {
                self.advance();
                self.expect_statement_end()?;
                if keyword == "break" {
                    StatementKind::Break
                } else {
                    StatementKind::Continue
                }
            }
            "return" => {
                self.advance();
                let value = if self.at(Punctuation::Semicolon) || self.at(Punctuation::RightBrace) {
                    None
                } else {
                    Some(self.parse_expression()?)
                };
                self.expect_statement_end()?;
                StatementKind::Return(value)
            }
            "let" => self.parse_let()?,
            // An `else` here has no `if` before it: the `if` statement takes its own `else`.
            "else" => {
                let span = self.token.span;
                self.diagnostics.push(
                    Diagnostic::error(span, "`else` without a preceding `if`")
                        .with_help("an `else` follows the closing `}` of an `if` block"),
                );
                return Err(Failed);
            }
            "import" if matches!(next, TokenKind::String(_)) => {
                StatementKind::Import(self.parse_import()?)
            }
            "_" if next == TokenKind::Punctuation(Punctuation::Assign) => {
                self.advance();
                self.advance();
                let value = self.parse_expression()?;
                self.expect_statement_end()?;
                StatementKind::Discard(value)
            }
            _ => return self.parse_expression_statement(allow_value),
        };
        Ok(Parsed::Statement(Statement {
            kind,
            span: self.span_from(start),
        }))
    }

    /// `;`, or nothing before a `}`.
    fn expect_statement_end(&mut self) -> ParseResult<()> {
        if self.at(Punctuation::RightBrace) || self.at_end() {
            return Ok(());
        }
        self.expect(Punctuation::Semicolon).map(|_| ())
    }

    fn parse_expression_statement(&mut self, allow_value: bool) -> ParseResult<Parsed> {
        let start = self.token.span.start;
        let expression = self.parse_expression()?;
        let operator = match &self.token.kind {
            TokenKind::Punctuation(punctuation) => assignment_operator(*punctuation),
            _ => None,
        };
        if let Some(operator) = operator {
            if !matches!(
                expression.kind,
                ExprKind::Variable(_) | ExprKind::Map { .. }
            ) {
                let mut diagnostic = Diagnostic::error(
                    expression.span,
                    "only variables and maps can be assigned to",
                );
                if matches!(
                    expression.kind,
                    ExprKind::FieldAccess { .. } | ExprKind::TupleIndex { .. }
                ) {
                    diagnostic = diagnostic.with_help(
                        "tuples and records are immutable; build a new value and assign it instead",
                    );
                }
                self.diagnostics.push(diagnostic);
                return Err(Failed);
            }
            self.advance();
            let value = self.parse_expression()?;
            self.expect_statement_end()?;
            return Ok(Parsed::Statement(Statement {
                kind: StatementKind::Assign {
                    target: expression,
                    operator,
                    value,
                },
                span: self.span_from(start),
            }));
        }
        if self.at(Punctuation::RightBrace) || self.at_end() {
            // At the end of the file the block's missing `}` is the error to report.
            if allow_value && self.at(Punctuation::RightBrace) {
                return Ok(Parsed::Value(expression));
            }
        } else if !self.eat(Punctuation::Semicolon)
            && !matches!(expression.kind, ExprKind::Block(_) | ExprKind::If(_))
        {
            let found = self.token.kind.describe();
            // Point just after the expression, where the `;` belongs.
            let span = Span::new(expression.span.end, expression.span.end);
            self.diagnostics.push(Diagnostic::error(
                span,
                format!("expected `;`, found {found}"),
            ));
            return Err(Failed);
        }
        Ok(Parsed::Statement(Statement {
            span: self.span_from(start),
            kind: StatementKind::Expr(expression),
        }))
    }

    fn parse_let(&mut self) -> ParseResult<StatementKind> {
        self.advance(); // `let`
        let TokenKind::Variable(text) = &self.token.kind else {
            let found = self.token.kind.describe();
            let span = self.token.span;
            let mut diagnostic = Diagnostic::error(
                span,
                format!("expected a variable after `let`, found {found}"),
            );
            if matches!(self.token.kind, TokenKind::Map(_)) {
                diagnostic = diagnostic
                    .with_help("maps are declared at the top level: `let @name = hash(1024);`");
            }
            self.diagnostics.push(diagnostic);
            return Err(Failed);
        };
        let variable = Name {
            text: text.clone(),
            span: self.token.span,
        };
        self.advance();
        let annotation = if self.eat(Punctuation::Colon) {
            Some(self.parse_type_specifier()?)
        } else {
            None
        };
        let value = if self.eat(Punctuation::Assign) {
            Some(self.parse_expression()?)
        } else {
            None
        };
        self.expect_statement_end()?;
        Ok(StatementKind::Let {
            variable,
            annotation,
            value,
        })
    }

    fn parse_for(&mut self) -> ParseResult<StatementKind> {
        self.advance(); // `for`
        let opening = self.token.span;
        let parenthesised = self.eat(Punctuation::LeftParenthesis);
        let TokenKind::Variable(text) = &self.token.kind else {
            return Err(self.error_expected("a variable such as `$i` after `for`"));
        };
        let variable = Name {
            text: text.clone(),
            span: self.token.span,
        };
        self.advance();
        self.expect(Punctuation::Colon)?;
        let first = self.parse_unary()?;
        let iterable = if self.eat(Punctuation::DotDot) {
            let end = self.parse_unary()?;
            ForIterable::Range { start: first, end }
        } else {
            match first.kind {
                ExprKind::Map { name, keys } if keys.is_empty() => ForIterable::Map(name),
                _ => {
                    self.diagnostics.push(
                        Diagnostic::error(first.span, "expected a map or a range `start..end`")
                            .with_help("write `for ($kv : @map)` or `for ($i : 0..10)`"),
                    );
                    return Err(Failed);
                }
            }
        };
        if parenthesised {
            self.expect_closing(Punctuation::RightParenthesis, opening)?;
        }
        let body = self.parse_block(false)?;
        Ok(StatementKind::For {
            variable,
            iterable,
            body,
        })
    }

    /// `if condition { ... } [else if ... | else { ... }]`. Branch blocks may have values.
    fn parse_if(&mut self) -> ParseResult<If> {
        self.enter()?;
        let result = self.parse_if_inner();
        self.leave();
        result
    }

    fn parse_if_inner(&mut self) -> ParseResult<If> {
        let start = self.token.span.start;
        self.advance(); // `if`
        let condition = self.parse_expression()?;
        if !self.at(Punctuation::LeftBrace) {
            return Err(self.error_expected("`{` after the `if` condition"));
        }
        let then_block = self.parse_block(true)?;
        let else_branch = if self.eat_keyword("else") {
            if self.at_keyword("if") {
                Some(ElseBranch::If(Box::new(self.parse_if()?)))
            } else if self.at(Punctuation::LeftBrace) {
                Some(ElseBranch::Block(self.parse_block(true)?))
            } else {
                return Err(self.error_expected("`{` or `if` after `else`"));
            }
        } else {
            None
        };
        Ok(If {
            condition: Box::new(condition),
            then_block,
            else_branch,
            span: self.span_from(start),
        })
    }

    // -----------------------------------------------------------------------------------
    // Types
    // -----------------------------------------------------------------------------------

    /// A type or `typeof(...)`.
    fn parse_type_specifier(&mut self) -> ParseResult<TypeSpecifier> {
        if self.at_keyword("typeof") {
            return self.parse_typeof();
        }
        Ok(TypeSpecifier::Name(self.parse_type_name()?))
    }

    fn parse_typeof(&mut self) -> ParseResult<TypeSpecifier> {
        let start = self.token.span.start;
        self.advance(); // `typeof`
        let opening = self.expect(Punctuation::LeftParenthesis)?;
        let operand = self.parse_type_operand(&[Punctuation::RightParenthesis])?;
        self.expect_closing(Punctuation::RightParenthesis, opening)?;
        Ok(TypeSpecifier::Typeof {
            operand: Box::new(operand),
            span: self.span_from(start),
        })
    }

    fn parse_type_name(&mut self) -> ParseResult<TypeName> {
        let start = self.token.span.start;
        let TokenKind::Identifier(word) = &self.token.kind else {
            return Err(self.error_expected("a type"));
        };
        let word = word.clone();
        self.advance();
        let base = match word.as_str() {
            "struct" | "union" | "enum" => {
                let name = self.expect_name(&format!("a name after `{word}`"))?.text;
                match word.as_str() {
                    "struct" => TypeBase::Struct(name),
                    "union" => TypeBase::Union(name),
                    _ => TypeBase::Enum(name),
                }
            }
            _ => TypeBase::Named(word),
        };
        let mut suffixes = Vec::new();
        loop {
            if self.eat(Punctuation::Star) {
                suffixes.push(TypeSuffix::Pointer);
            } else if self.at(Punctuation::LeftBracket) {
                let opening = self.advance().span;
                let size = match self.token.kind {
                    TokenKind::Integer(size) => {
                        self.advance();
                        Some(size)
                    }
                    _ => None,
                };
                self.expect_closing(Punctuation::RightBracket, opening)?;
                suffixes.push(TypeSuffix::Array(size));
            } else {
                break;
            }
        }
        Ok(TypeName {
            base,
            suffixes,
            span: self.span_from(start),
        })
    }

    /// The operand of `sizeof`/`offsetof`/`typeof`/`typeinfo`: a type when it is
    /// unmistakably one (a builtin type name, `struct x`, a suffix, or `typeof`) and is
    /// followed by one of `terminators`; otherwise an expression.
    fn parse_type_operand(&mut self, terminators: &[Punctuation]) -> ParseResult<TypeOperand> {
        if self.at_keyword("typeof") {
            return Ok(TypeOperand::Type(self.parse_typeof()?));
        }
        if let TokenKind::Identifier(word) = &self.token.kind
            && !is_builtin_variable(word)
        {
            let known = matches!(word.as_str(), "struct" | "union" | "enum")
                || BUILTIN_TYPES.contains(&word.as_str());
            let save_point = self.save();
            if let Ok(type_name) = self.parse_type_name() {
                let terminated = terminators.iter().any(|&punctuation| self.at(punctuation));
                if terminated && (known || !type_name.suffixes.is_empty()) {
                    return Ok(TypeOperand::Type(TypeSpecifier::Name(type_name)));
                }
            }
            self.restore(save_point);
        }
        Ok(TypeOperand::Expression(self.parse_expression()?))
    }

    // -----------------------------------------------------------------------------------
    // Expressions
    // -----------------------------------------------------------------------------------

    fn parse_expression(&mut self) -> ParseResult<Expr> {
        self.enter()?;
        let result = self.parse_ternary();
        self.leave();
        result
    }

    fn parse_ternary(&mut self) -> ParseResult<Expr> {
        let condition = self.parse_binary(1)?;
        if !self.eat(Punctuation::Question) {
            return Ok(condition);
        }
        let then = if self.eat(Punctuation::Colon) {
            None
        } else {
            let then = self.parse_expression()?;
            self.expect(Punctuation::Colon)?;
            Some(Box::new(then))
        };
        let otherwise = self.parse_expression()?;
        let span = condition.span.to(otherwise.span);
        Ok(Expr {
            kind: ExprKind::Ternary {
                condition: Box::new(condition),
                then,
                otherwise: Box::new(otherwise),
            },
            span,
        })
    }

    fn current_binary_operator(&self) -> Option<BinaryOperator> {
        let TokenKind::Punctuation(punctuation) = self.token.kind else {
            return None;
        };
        let operator = match punctuation {
            Punctuation::Plus => BinaryOperator::Add,
            Punctuation::Minus => BinaryOperator::Subtract,
            Punctuation::Star => BinaryOperator::Multiply,
            Punctuation::Slash => {
                // `/` before `{` closes a predicate.
                if self.peek(1).kind == TokenKind::Punctuation(Punctuation::LeftBrace) {
                    return None;
                }
                BinaryOperator::Divide
            }
            Punctuation::Percent => BinaryOperator::Modulo,
            Punctuation::Ampersand => BinaryOperator::BitwiseAnd,
            Punctuation::Pipe => BinaryOperator::BitwiseOr,
            Punctuation::Caret => BinaryOperator::BitwiseXor,
            Punctuation::ShiftLeft => BinaryOperator::ShiftLeft,
            Punctuation::ShiftRight => BinaryOperator::ShiftRight,
            Punctuation::AndAnd => BinaryOperator::LogicalAnd,
            Punctuation::PipePipe => BinaryOperator::LogicalOr,
            Punctuation::Equal => BinaryOperator::Equal,
            Punctuation::NotEqual => BinaryOperator::NotEqual,
            Punctuation::Less => BinaryOperator::Less,
            Punctuation::LessEqual => BinaryOperator::LessEqual,
            Punctuation::Greater => BinaryOperator::Greater,
            Punctuation::GreaterEqual => BinaryOperator::GreaterEqual,
            _ => return None,
        };
        Some(operator)
    }

    /// Precedence climbing over the left-associative binary operators.
    fn parse_binary(&mut self, minimum_precedence: u8) -> ParseResult<Expr> {
        let mut left = self.parse_unary()?;
        while let Some(operator) = self.current_binary_operator() {
            let precedence = operator.precedence();
            if precedence < minimum_precedence {
                break;
            }
            self.advance();
            self.enter()?;
            let right = self.parse_binary(precedence + 1);
            self.leave();
            let right = right?;
            let span = left.span.to(right.span);
            left = Expr {
                kind: ExprKind::Binary {
                    operator,
                    left: Box::new(left),
                    right: Box::new(right),
                },
                span,
            };
        }
        Ok(left)
    }

    fn parse_unary(&mut self) -> ParseResult<Expr> {
        self.enter()?;
        let result = self.parse_unary_inner();
        self.leave();
        result
    }

    fn parse_unary_inner(&mut self) -> ParseResult<Expr> {
        let start = self.token.span.start;
        let TokenKind::Punctuation(punctuation) = self.token.kind else {
            let primary = self.parse_primary()?;
            return self.parse_postfix(primary);
        };
        let make = |kind: ExprKind, end: Span| Expr {
            kind,
            span: Span::new(start, end.end.max(start)),
        };
        match punctuation {
            Punctuation::PlusPlus | Punctuation::MinusMinus => {
                self.advance();
                let operand = self.parse_unary()?;
                self.check_step_target(&operand, punctuation)?;
                let span = operand.span;
                let operand = Box::new(operand);
                let kind = if punctuation == Punctuation::PlusPlus {
                    ExprKind::PreIncrement(operand)
                } else {
                    ExprKind::PreDecrement(operand)
                };
                Ok(make(kind, span))
            }
            Punctuation::Ampersand => {
                self.advance();
                let span = self.token.span;
                let target = match &self.token.kind {
                    TokenKind::Variable(text) => AddressTarget::Variable(Name {
                        text: text.clone(),
                        span,
                    }),
                    TokenKind::Map(text) => AddressTarget::Map(Name {
                        text: text.clone(),
                        span,
                    }),
                    _ => {
                        return Err(self.error_expected("a variable or a map after `&`"));
                    }
                };
                self.advance();
                Ok(make(ExprKind::AddressOf(target), span))
            }
            Punctuation::Star => {
                self.advance();
                let operand = self.parse_unary()?;
                let span = operand.span;
                Ok(make(ExprKind::Dereference(Box::new(operand)), span))
            }
            Punctuation::Minus | Punctuation::Bang | Punctuation::Tilde => {
                self.advance();
                let operand = self.parse_unary()?;
                let span = operand.span;
                let operator = match punctuation {
                    Punctuation::Minus => UnaryOperator::Negate,
                    Punctuation::Bang => UnaryOperator::LogicalNot,
                    _ => UnaryOperator::BitwiseNot,
                };
                Ok(make(
                    ExprKind::Unary {
                        operator,
                        operand: Box::new(operand),
                    },
                    span,
                ))
            }
            _ => {
                let primary = self.parse_primary()?;
                self.parse_postfix(primary)
            }
        }
    }

    fn check_step_target(&mut self, target: &Expr, punctuation: Punctuation) -> ParseResult<()> {
        if matches!(target.kind, ExprKind::Variable(_) | ExprKind::Map { .. }) {
            return Ok(());
        }
        self.error(
            target.span,
            format!("`{}` needs a variable or a map", punctuation.text()),
        );
        Err(Failed)
    }

    fn parse_postfix(&mut self, mut expression: Expr) -> ParseResult<Expr> {
        loop {
            let start = expression.span.start;
            let TokenKind::Punctuation(punctuation) = self.token.kind else {
                return Ok(expression);
            };
            match punctuation {
                Punctuation::Dot | Punctuation::Arrow => {
                    self.advance();
                    if punctuation == Punctuation::Dot
                        && let TokenKind::Integer(index) = self.token.kind
                    {
                        let index_span = self.advance().span;
                        expression = Expr {
                            kind: ExprKind::TupleIndex {
                                base: Box::new(expression),
                                index,
                                index_span,
                            },
                            span: self.span_from(start),
                        };
                        continue;
                    }
                    let what = format!("a field name after `{}`", punctuation.text());
                    let field = self.expect_name(&what)?;
                    expression = Expr {
                        kind: ExprKind::FieldAccess {
                            base: Box::new(expression),
                            field,
                            arrow: punctuation == Punctuation::Arrow,
                        },
                        span: self.span_from(start),
                    };
                }
                Punctuation::LeftBracket => {
                    let opening = self.advance().span;
                    let index = self.parse_expression()?;
                    self.expect_closing(Punctuation::RightBracket, opening)?;
                    expression = Expr {
                        kind: ExprKind::Index {
                            base: Box::new(expression),
                            index: Box::new(index),
                        },
                        span: self.span_from(start),
                    };
                }
                Punctuation::PlusPlus | Punctuation::MinusMinus => {
                    self.check_step_target(&expression, punctuation)?;
                    self.advance();
                    let operand = Box::new(expression);
                    let kind = if punctuation == Punctuation::PlusPlus {
                        ExprKind::PostIncrement(operand)
                    } else {
                        ExprKind::PostDecrement(operand)
                    };
                    expression = Expr {
                        kind,
                        span: self.span_from(start),
                    };
                }
                _ => return Ok(expression),
            }
        }
    }

    fn parse_primary(&mut self) -> ParseResult<Expr> {
        let start = self.token.span.start;
        let span = self.token.span;
        let kind = match self.token.kind.clone() {
            TokenKind::Integer(value) => {
                self.advance();
                ExprKind::Integer(value)
            }
            TokenKind::String(value) => {
                self.advance();
                ExprKind::String(value)
            }
            TokenKind::Variable(name) => {
                self.advance();
                ExprKind::Variable(name)
            }
            TokenKind::Positional(index) => {
                self.advance();
                ExprKind::Positional(index)
            }
            TokenKind::PositionalCount => {
                self.advance();
                ExprKind::PositionalCount
            }
            TokenKind::Map(name) => {
                self.advance();
                let name = Name { text: name, span };
                let mut keys = Vec::new();
                if self.at(Punctuation::LeftBracket) {
                    let opening = self.advance().span;
                    loop {
                        keys.push(self.parse_expression()?);
                        if !self.eat(Punctuation::Comma) {
                            break;
                        }
                    }
                    self.expect_closing(Punctuation::RightBracket, opening)?;
                }
                ExprKind::Map { name, keys }
            }
            TokenKind::Punctuation(Punctuation::LeftParenthesis) => {
                return self.parse_parenthesised();
            }
            TokenKind::Punctuation(Punctuation::LeftBrace) => {
                ExprKind::Block(self.parse_block(true)?)
            }
            TokenKind::Identifier(word) => return self.parse_word(word),
            _ => return Err(self.error_expected("an expression")),
        };
        Ok(Expr {
            kind,
            span: self.span_from(start),
        })
    }

    /// A primary expression that starts with a word: keywords, calls, identifiers.
    fn parse_word(&mut self, word: String) -> ParseResult<Expr> {
        let start = self.token.span.start;
        let name_span = self.token.span;
        let kind = match word.as_str() {
            "true" | "false" => {
                self.advance();
                ExprKind::Boolean(word == "true")
            }
            "if" => ExprKind::If(self.parse_if()?),
            "sizeof" | "typeinfo" => {
                self.advance();
                let opening = self.expect(Punctuation::LeftParenthesis)?;
                let operand = self.parse_type_operand(&[Punctuation::RightParenthesis])?;
                self.expect_closing(Punctuation::RightParenthesis, opening)?;
                if word == "sizeof" {
                    ExprKind::Sizeof(Box::new(operand))
                } else {
                    ExprKind::Typeinfo(Box::new(operand))
                }
            }
            "offsetof" => {
                self.advance();
                let opening = self.expect(Punctuation::LeftParenthesis)?;
                let operand = self.parse_type_operand(&[Punctuation::Comma])?;
                self.expect(Punctuation::Comma)?;
                let mut fields = vec![self.expect_name("a field name")?];
                while self.eat(Punctuation::Dot) {
                    fields.push(self.expect_name("a field name")?);
                }
                self.expect_closing(Punctuation::RightParenthesis, opening)?;
                ExprKind::Offsetof {
                    operand: Box::new(operand),
                    fields,
                }
            }
            "comptime" => {
                self.advance();
                ExprKind::Comptime(Box::new(self.parse_unary()?))
            }
            _ => {
                self.advance();
                // `name!(...)` is the explicit macro-call spelling.
                if self.at(Punctuation::Bang)
                    && self.peek(1).kind == TokenKind::Punctuation(Punctuation::LeftParenthesis)
                {
                    self.advance();
                }
                if self.at(Punctuation::LeftParenthesis) {
                    let opening = self.advance().span;
                    let mut arguments = Vec::new();
                    while !self.at(Punctuation::RightParenthesis) {
                        if self.at_keyword("typeof") {
                            arguments.push(CallArgument::Type(self.parse_typeof()?));
                        } else if self.at_keyword("struct") || self.at_keyword("union") {
                            // A type as an argument: `container_of(p, struct S, member)`.
                            arguments.push(CallArgument::Type(TypeSpecifier::Name(
                                self.parse_type_name()?,
                            )));
                        } else {
                            arguments.push(CallArgument::Expression(self.parse_expression()?));
                        }
                        if !self.eat(Punctuation::Comma) {
                            break;
                        }
                    }
                    self.expect_closing(Punctuation::RightParenthesis, opening)?;
                    ExprKind::Call {
                        name: word,
                        name_span,
                        arguments,
                    }
                } else {
                    ExprKind::Identifier(word)
                }
            }
        };
        Ok(Expr {
            kind,
            span: self.span_from(start),
        })
    }

    /// `( ... )`: the empty tuple, a record, a cast, a tuple or a grouping.
    fn parse_parenthesised(&mut self) -> ParseResult<Expr> {
        let start = self.token.span.start;
        let opening = self.advance().span;
        if self.eat(Punctuation::RightParenthesis) {
            return Ok(Expr {
                kind: ExprKind::Tuple(Vec::new()),
                span: self.span_from(start),
            });
        }
        let is_record = matches!(&self.token.kind, TokenKind::Identifier(word) if !is_builtin_variable(word))
            && self.peek(1).kind == TokenKind::Punctuation(Punctuation::Assign);
        if is_record {
            return self.parse_record(start, opening);
        }
        if let Some(cast) = self.try_parse_cast(start)? {
            return Ok(cast);
        }
        let first = self.parse_expression()?;
        if !self.at(Punctuation::Comma) {
            self.expect_closing(Punctuation::RightParenthesis, opening)?;
            // A grouping: keep the inner node, widen its span to the parentheses.
            return Ok(Expr {
                kind: first.kind,
                span: self.span_from(start),
            });
        }
        let mut elements = vec![first];
        while self.eat(Punctuation::Comma) {
            if self.at(Punctuation::RightParenthesis) {
                break;
            }
            elements.push(self.parse_expression()?);
        }
        self.expect_closing(Punctuation::RightParenthesis, opening)?;
        Ok(Expr {
            kind: ExprKind::Tuple(elements),
            span: self.span_from(start),
        })
    }

    fn parse_record(&mut self, start: u32, opening: Span) -> ParseResult<Expr> {
        let mut fields: Vec<RecordField> = Vec::new();
        loop {
            let name = self.expect_name("a field name")?;
            self.expect(Punctuation::Assign)?;
            let value = self.parse_expression()?;
            if fields.iter().any(|field| field.name.text == name.text) {
                self.error(
                    name.span,
                    format!("the record already has a field named `{}`", name.text),
                );
            }
            fields.push(RecordField {
                span: self.span_from(name.span.start),
                name,
                value,
            });
            if !self.eat(Punctuation::Comma) || self.at(Punctuation::RightParenthesis) {
                break;
            }
        }
        self.expect_closing(Punctuation::RightParenthesis, opening)?;
        Ok(Expr {
            kind: ExprKind::Record(fields),
            span: self.span_from(start),
        })
    }

    /// After `(`: a type, `)` and the start of an expression make a cast. Restores the
    /// position and returns `None` otherwise.
    fn try_parse_cast(&mut self, start: u32) -> ParseResult<Option<Expr>> {
        let is_candidate = match &self.token.kind {
            TokenKind::Identifier(word) => {
                !is_builtin_variable(word)
                    && !matches!(
                        word.as_str(),
                        "true" | "false" | "if" | "sizeof" | "offsetof" | "typeinfo" | "comptime"
                    )
            }
            _ => false,
        };
        if !is_candidate {
            return Ok(None);
        }
        let save_point = self.save();
        let target = if self.at_keyword("typeof") {
            self.parse_typeof()
        } else {
            self.parse_type_name().map(TypeSpecifier::Name)
        };
        let target = match target {
            Ok(target) if self.at(Punctuation::RightParenthesis) => target,
            _ => {
                self.restore(save_point);
                return Ok(None);
            }
        };
        let after = self.peek(1).kind;
        let starts_expression = match after {
            TokenKind::Integer(_)
            | TokenKind::String(_)
            | TokenKind::Variable(_)
            | TokenKind::Positional(_)
            | TokenKind::PositionalCount
            | TokenKind::Map(_)
            | TokenKind::Identifier(_) => true,
            TokenKind::Punctuation(punctuation) => matches!(
                punctuation,
                Punctuation::LeftParenthesis
                    | Punctuation::Minus
                    | Punctuation::Bang
                    | Punctuation::Tilde
                    | Punctuation::Star
                    | Punctuation::Ampersand
            ),
            _ => false,
        };
        if !starts_expression {
            self.restore(save_point);
            return Ok(None);
        }
        self.advance(); // `)`
        let operand = self.parse_unary()?;
        Ok(Some(Expr {
            kind: ExprKind::Cast {
                target,
                operand: Box::new(operand),
            },
            span: self.span_from(start),
        }))
    }
}

/// What one step of a block's statement loop produced.
enum Parsed {
    Statement(Statement),
    /// The block's final value (a trailing expression without `;`).
    Value(Expr),
    /// An empty statement (`;`).
    Nothing,
}

fn assignment_operator(punctuation: Punctuation) -> Option<Option<BinaryOperator>> {
    let operator = match punctuation {
        Punctuation::Assign => None,
        Punctuation::PlusAssign => Some(BinaryOperator::Add),
        Punctuation::MinusAssign => Some(BinaryOperator::Subtract),
        Punctuation::StarAssign => Some(BinaryOperator::Multiply),
        Punctuation::SlashAssign => Some(BinaryOperator::Divide),
        Punctuation::PercentAssign => Some(BinaryOperator::Modulo),
        Punctuation::AmpersandAssign => Some(BinaryOperator::BitwiseAnd),
        Punctuation::PipeAssign => Some(BinaryOperator::BitwiseOr),
        Punctuation::CaretAssign => Some(BinaryOperator::BitwiseXor),
        Punctuation::ShiftLeftAssign => Some(BinaryOperator::ShiftLeft),
        Punctuation::ShiftRightAssign => Some(BinaryOperator::ShiftRight),
        _ => return None,
    };
    Some(operator)
}

/// Turns the values of an `if` statement's blocks into expression statements.
fn demote_if_values(statement: &mut If) {
    demote_block_value(&mut statement.then_block);
    match &mut statement.else_branch {
        Some(ElseBranch::Block(block)) => demote_block_value(block),
        Some(ElseBranch::If(nested)) => demote_if_values(nested),
        None => {}
    }
}

fn demote_block_value(block: &mut Block) {
    if let Some(value) = block.value.take() {
        let span = value.span;
        block.statements.push(Statement {
            kind: StatementKind::Expr(*value),
            span,
        });
    }
}

/// Splits attach point text on `:` outside double quotes, removing the quotes and
/// processing `\"` and `\\` inside them.
pub fn split_attach_point(raw: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut current = String::new();
    let mut characters = raw.chars();
    let mut quoted = false;
    while let Some(character) = characters.next() {
        match character {
            '"' => quoted = !quoted,
            '\\' if quoted => {
                if let Some(escaped) = characters.next() {
                    current.push(escaped);
                }
            }
            ':' if !quoted => fields.push(std::mem::take(&mut current)),
            _ => current.push(character),
        }
    }
    fields.push(current);
    fields
}
