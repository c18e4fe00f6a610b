//! The lexer. In: the script text and a byte offset. Out: the next [`Token`] after any
//! whitespace and comments, with its span, plus diagnostics for malformed literals and
//! unterminated comments. The lexer is a set of pure functions over `(source, offset)` so the
//! parser can back-track (casts, records) and switch to raw scanning where bpftrace's
//! grammar is not token based: shebang lines, C preprocessor lines, C definitions and
//! attach points (`uprobe:/bin/bash:readline`, `kprobe:f+0x10`, `interval:1s`). Keywords are
//! returned as identifiers; the parser decides where a word is a keyword. Integer literals
//! are evaluated here: hexadecimal, octal (`0123`), decimal with `_` separators, exponents
//! (`1e6`), C suffixes (ignored) and duration suffixes (converted to nanoseconds).

use crate::diagnostic::Diagnostic;
use crate::syntax::ast::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A word (`[_a-zA-Z][_a-zA-Z0-9]*`), keywords included.
    Identifier(String),
    /// `$name` (the name without `$`).
    Variable(String),
    /// `$1`, `$2`, ...
    Positional(u64),
    /// `$#`
    PositionalCount,
    /// `@name` or `@` (the name without `@`, empty for `@`).
    Map(String),
    /// An integer literal, already evaluated.
    Integer(u64),
    /// A string literal with escapes processed.
    String(String),
    Punctuation(Punctuation),
    /// A character that starts no token; the lexer has reported it.
    Unknown(char),
    EndOfFile,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Punctuation {
    LeftParenthesis,
    RightParenthesis,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    Comma,
    Semicolon,
    Colon,
    Question,
    Dot,
    DotDot,
    Arrow,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Ampersand,
    Pipe,
    Caret,
    Tilde,
    Bang,
    Assign,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    ShiftLeft,
    ShiftRight,
    AndAnd,
    PipePipe,
    PlusPlus,
    MinusMinus,
    PlusAssign,
    MinusAssign,
    StarAssign,
    SlashAssign,
    PercentAssign,
    AmpersandAssign,
    PipeAssign,
    CaretAssign,
    ShiftLeftAssign,
    ShiftRightAssign,
    Hash,
}

impl Punctuation {
    pub fn text(self) -> &'static str {
        match self {
            Punctuation::LeftParenthesis => "(",
            Punctuation::RightParenthesis => ")",
            Punctuation::LeftBrace => "{",
            Punctuation::RightBrace => "}",
            Punctuation::LeftBracket => "[",
            Punctuation::RightBracket => "]",
            Punctuation::Comma => ",",
            Punctuation::Semicolon => ";",
            Punctuation::Colon => ":",
            Punctuation::Question => "?",
            Punctuation::Dot => ".",
            Punctuation::DotDot => "..",
            Punctuation::Arrow => "->",
            Punctuation::Plus => "+",
            Punctuation::Minus => "-",
            Punctuation::Star => "*",
            Punctuation::Slash => "/",
            Punctuation::Percent => "%",
            Punctuation::Ampersand => "&",
            Punctuation::Pipe => "|",
            Punctuation::Caret => "^",
            Punctuation::Tilde => "~",
            Punctuation::Bang => "!",
            Punctuation::Assign => "=",
            Punctuation::Equal => "==",
            Punctuation::NotEqual => "!=",
            Punctuation::Less => "<",
            Punctuation::LessEqual => "<=",
            Punctuation::Greater => ">",
            Punctuation::GreaterEqual => ">=",
            Punctuation::ShiftLeft => "<<",
            Punctuation::ShiftRight => ">>",
            Punctuation::AndAnd => "&&",
            Punctuation::PipePipe => "||",
            Punctuation::PlusPlus => "++",
            Punctuation::MinusMinus => "--",
            Punctuation::PlusAssign => "+=",
            Punctuation::MinusAssign => "-=",
            Punctuation::StarAssign => "*=",
            Punctuation::SlashAssign => "/=",
            Punctuation::PercentAssign => "%=",
            Punctuation::AmpersandAssign => "&=",
            Punctuation::PipeAssign => "|=",
            Punctuation::CaretAssign => "^=",
            Punctuation::ShiftLeftAssign => "<<=",
            Punctuation::ShiftRightAssign => ">>=",
            Punctuation::Hash => "#",
        }
    }
}

impl TokenKind {
    /// A short description for "expected X, found Y" messages.
    pub fn describe(&self) -> String {
        match self {
            TokenKind::Identifier(name) => format!("`{name}`"),
            TokenKind::Variable(name) => format!("`${name}`"),
            TokenKind::Positional(index) => format!("`${index}`"),
            TokenKind::PositionalCount => "`$#`".to_string(),
            TokenKind::Map(name) => format!("`@{name}`"),
            TokenKind::Integer(_) => "an integer".to_string(),
            TokenKind::String(_) => "a string".to_string(),
            TokenKind::Punctuation(punctuation) => format!("`{}`", punctuation.text()),
            TokenKind::Unknown(character) => format!("`{}`", character.escape_default()),
            TokenKind::EndOfFile => "end of file".to_string(),
        }
    }
}

pub fn is_identifier_start(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || byte == b'_'
}

pub fn is_identifier_continue(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

fn byte_at(source: &str, offset: usize) -> u8 {
    source.as_bytes().get(offset).copied().unwrap_or(0)
}

fn span(start: usize, end: usize) -> Span {
    Span::new(to_u32(start), to_u32(end))
}

fn to_u32(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// Skips whitespace and comments from `offset`; returns the offset of the next significant
/// byte (or the end of the text). Reports unterminated block comments.
pub fn skip_layout(source: &str, mut offset: usize, diagnostics: &mut Vec<Diagnostic>) -> usize {
    let bytes = source.as_bytes();
    loop {
        while offset < bytes.len() && bytes[offset].is_ascii_whitespace() {
            offset += 1;
        }
        if byte_at(source, offset) == b'/' && byte_at(source, offset + 1) == b'/' {
            while offset < bytes.len() && bytes[offset] != b'\n' {
                offset += 1;
            }
            continue;
        }
        if byte_at(source, offset) == b'/' && byte_at(source, offset + 1) == b'*' {
            let start = offset;
            match source[offset + 2..].find("*/") {
                Some(index) => offset = offset + 2 + index + 2,
                None => {
                    diagnostics.push(Diagnostic::error(
                        span(start, start + 2),
                        "unterminated comment",
                    ));
                    offset = bytes.len();
                }
            }
            continue;
        }
        return offset;
    }
}

/// Lexes the token that starts at `offset` or after the layout that follows it.
pub fn next_token(source: &str, offset: usize, diagnostics: &mut Vec<Diagnostic>) -> Token {
    let start = skip_layout(source, offset, diagnostics);
    let bytes = source.as_bytes();
    if start >= bytes.len() {
        return Token {
            kind: TokenKind::EndOfFile,
            span: span(bytes.len(), bytes.len()),
        };
    }
    let first = bytes[start];
    if is_identifier_start(first) {
        let end = identifier_end(source, start);
        return Token {
            kind: TokenKind::Identifier(source[start..end].to_string()),
            span: span(start, end),
        };
    }
    if first.is_ascii_digit() {
        return lex_integer(source, start, diagnostics);
    }
    if first == b'"' {
        let (value, end) = lex_string(source, start, diagnostics);
        return Token {
            kind: TokenKind::String(value),
            span: span(start, end),
        };
    }
    if first == b'$' {
        return lex_dollar(source, start, diagnostics);
    }
    if first == b'@' {
        let end = if is_identifier_start(byte_at(source, start + 1)) {
            identifier_end(source, start + 1)
        } else {
            start + 1
        };
        return Token {
            kind: TokenKind::Map(source[start + 1..end].to_string()),
            span: span(start, end),
        };
    }
    if let Some((punctuation, length)) = lex_punctuation(source, start) {
        return Token {
            kind: TokenKind::Punctuation(punctuation),
            span: span(start, start + length),
        };
    }
    let character = source[start..].chars().next().unwrap_or('\0');
    let end = start + character.len_utf8();
    diagnostics.push(Diagnostic::error(
        span(start, end),
        format!("unexpected character `{}`", character.escape_default()),
    ));
    Token {
        kind: TokenKind::Unknown(character),
        span: span(start, end),
    }
}

/// The end of the identifier that starts at `start`.
pub fn identifier_end(source: &str, start: usize) -> usize {
    let mut end = start;
    while is_identifier_continue(byte_at(source, end)) {
        end += 1;
    }
    end
}

fn lex_dollar(source: &str, start: usize, diagnostics: &mut Vec<Diagnostic>) -> Token {
    let next = byte_at(source, start + 1);
    if next == b'#' {
        return Token {
            kind: TokenKind::PositionalCount,
            span: span(start, start + 2),
        };
    }
    if next.is_ascii_digit() {
        let mut end = start + 1;
        while byte_at(source, end).is_ascii_digit() {
            end += 1;
        }
        let digits = &source[start + 1..end];
        let index = match digits.parse::<u64>() {
            Ok(index) if index >= 1 => index,
            _ => {
                diagnostics.push(Diagnostic::error(
                    span(start, end),
                    format!("positional parameter `${digits}` is out of range"),
                ));
                1
            }
        };
        return Token {
            kind: TokenKind::Positional(index),
            span: span(start, end),
        };
    }
    if is_identifier_start(next) {
        let end = identifier_end(source, start + 1);
        return Token {
            kind: TokenKind::Variable(source[start + 1..end].to_string()),
            span: span(start, end),
        };
    }
    diagnostics.push(
        Diagnostic::error(span(start, start + 1), "expected a variable name after `$`")
            .with_help("variables are written `$name`, positional parameters `$1`"),
    );
    Token {
        kind: TokenKind::Unknown('$'),
        span: span(start, start + 1),
    }
}

fn lex_punctuation(source: &str, start: usize) -> Option<(Punctuation, usize)> {
    let first = byte_at(source, start);
    let second = byte_at(source, start + 1);
    let third = byte_at(source, start + 2);
    let three = match (first, second, third) {
        (b'<', b'<', b'=') => Some(Punctuation::ShiftLeftAssign),
        (b'>', b'>', b'=') => Some(Punctuation::ShiftRightAssign),
        _ => None,
    };
    if let Some(punctuation) = three {
        return Some((punctuation, 3));
    }
    let two = match (first, second) {
        (b'.', b'.') => Some(Punctuation::DotDot),
        (b'-', b'>') => Some(Punctuation::Arrow),
        (b'=', b'=') => Some(Punctuation::Equal),
        (b'!', b'=') => Some(Punctuation::NotEqual),
        (b'<', b'=') => Some(Punctuation::LessEqual),
        (b'>', b'=') => Some(Punctuation::GreaterEqual),
        (b'<', b'<') => Some(Punctuation::ShiftLeft),
        (b'>', b'>') => Some(Punctuation::ShiftRight),
        (b'&', b'&') => Some(Punctuation::AndAnd),
        (b'|', b'|') => Some(Punctuation::PipePipe),
        (b'+', b'+') => Some(Punctuation::PlusPlus),
        (b'-', b'-') => Some(Punctuation::MinusMinus),
        (b'+', b'=') => Some(Punctuation::PlusAssign),
        (b'-', b'=') => Some(Punctuation::MinusAssign),
        (b'*', b'=') => Some(Punctuation::StarAssign),
        (b'/', b'=') => Some(Punctuation::SlashAssign),
        (b'%', b'=') => Some(Punctuation::PercentAssign),
        (b'&', b'=') => Some(Punctuation::AmpersandAssign),
        (b'|', b'=') => Some(Punctuation::PipeAssign),
        (b'^', b'=') => Some(Punctuation::CaretAssign),
        _ => None,
    };
    if let Some(punctuation) = two {
        return Some((punctuation, 2));
    }
    let one = match first {
        b'(' => Punctuation::LeftParenthesis,
        b')' => Punctuation::RightParenthesis,
        b'{' => Punctuation::LeftBrace,
        b'}' => Punctuation::RightBrace,
        b'[' => Punctuation::LeftBracket,
        b']' => Punctuation::RightBracket,
        b',' => Punctuation::Comma,
        b';' => Punctuation::Semicolon,
        b':' => Punctuation::Colon,
        b'?' => Punctuation::Question,
        b'.' => Punctuation::Dot,
        b'+' => Punctuation::Plus,
        b'-' => Punctuation::Minus,
        b'*' => Punctuation::Star,
        b'/' => Punctuation::Slash,
        b'%' => Punctuation::Percent,
        b'&' => Punctuation::Ampersand,
        b'|' => Punctuation::Pipe,
        b'^' => Punctuation::Caret,
        b'~' => Punctuation::Tilde,
        b'!' => Punctuation::Bang,
        b'=' => Punctuation::Assign,
        b'<' => Punctuation::Less,
        b'>' => Punctuation::Greater,
        b'#' => Punctuation::Hash,
        _ => return None,
    };
    Some((one, 1))
}

/// Lexes a string literal whose opening quote is at `start`. Returns the value with
/// escapes processed and the offset after the closing quote. A string may not span lines.
pub fn lex_string(
    source: &str,
    start: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> (String, usize) {
    let bytes = source.as_bytes();
    let mut value: Vec<u8> = Vec::new();
    let mut offset = start + 1;
    loop {
        let Some(&byte) = bytes.get(offset) else {
            diagnostics.push(Diagnostic::error(
                span(start, offset),
                "unterminated string",
            ));
            break;
        };
        match byte {
            b'"' => {
                offset += 1;
                break;
            }
            b'\n' => {
                diagnostics.push(
                    Diagnostic::error(span(start, offset), "unterminated string")
                        .with_help("a string literal must end on the line where it starts"),
                );
                break;
            }
            b'\\' => {
                let escape_start = offset;
                offset += 1;
                let Some(&escape) = bytes.get(offset) else {
                    continue;
                };
                offset += 1;
                match escape {
                    b'n' => value.push(b'\n'),
                    b't' => value.push(b'\t'),
                    b'r' => value.push(b'\r'),
                    b'"' => value.push(b'"'),
                    b'\\' => value.push(b'\\'),
                    b'0'..=b'7' => {
                        let mut number = u32::from(escape - b'0');
                        let mut digits = 1;
                        while digits < 3 && matches!(byte_at(source, offset), b'0'..=b'7') {
                            number = number * 8 + u32::from(byte_at(source, offset) - b'0');
                            offset += 1;
                            digits += 1;
                        }
                        match u8::try_from(number) {
                            Ok(byte) => value.push(byte),
                            Err(_) => diagnostics.push(Diagnostic::error(
                                span(escape_start, offset),
                                format!(
                                    "octal escape sequence `{}` is out of range",
                                    &source[escape_start..offset]
                                ),
                            )),
                        }
                    }
                    b'x' | b'X' => {
                        let mut number = 0u8;
                        let mut digits = 0;
                        while digits < 2 && byte_at(source, offset).is_ascii_hexdigit() {
                            let digit = (byte_at(source, offset) as char).to_digit(16).unwrap_or(0);
                            number = number * 16 + digit as u8;
                            offset += 1;
                            digits += 1;
                        }
                        if digits == 0 {
                            diagnostics.push(Diagnostic::error(
                                span(escape_start, offset),
                                "invalid hexadecimal escape sequence",
                            ));
                        } else {
                            value.push(number);
                        }
                    }
                    _ => {
                        // Step back so a multi-byte character is not split.
                        offset -= 1;
                        let character = source[offset..].chars().next().unwrap_or('\0');
                        offset += character.len_utf8();
                        diagnostics.push(Diagnostic::error(
                            span(escape_start, offset),
                            format!("invalid escape sequence `\\{character}`"),
                        ));
                    }
                }
            }
            _ => {
                value.push(byte);
                offset += 1;
            }
        }
    }
    match String::from_utf8(value) {
        Ok(text) => (text, offset),
        Err(error) => {
            // The AST holds strings as UTF-8 text; byte escapes such as `\xff` that do not
            // form UTF-8 are refused rather than silently replaced.
            diagnostics.push(
                Diagnostic::error(
                    span(start, offset),
                    "this string's escapes produce bytes that are not valid UTF-8",
                )
                .with_note("btc does not support non-UTF-8 string literals yet"),
            );
            (
                String::from_utf8_lossy(error.as_bytes()).into_owned(),
                offset,
            )
        }
    }
}

/// Lexes an integer literal that starts with a digit at `start`.
fn lex_integer(source: &str, start: usize, diagnostics: &mut Vec<Diagnostic>) -> Token {
    // The literal is the longest run of identifier characters (digits, letters for hex,
    // exponents and suffixes, `_`).
    let end = identifier_end(source, start);
    let text = &source[start..end];
    let value = match evaluate_integer(text) {
        Ok(value) => value,
        Err(message) => {
            diagnostics.push(Diagnostic::error(span(start, end), message));
            0
        }
    };
    Token {
        kind: TokenKind::Integer(value),
        span: span(start, end),
    }
}

/// Evaluates the text of an integer literal; the error is a message for the user.
pub fn evaluate_integer(text: &str) -> Result<u64, String> {
    let too_large = || format!("integer literal `{text}` is too large");
    let lower = text.to_ascii_lowercase();
    if let Some(digits) = lower.strip_prefix("0x") {
        let (digits, _) = split_c_suffix(digits, |byte| byte.is_ascii_hexdigit() || byte == b'_');
        let digits = check_underscores(text, digits)?;
        if digits.is_empty() {
            return Err(format!("hexadecimal literal `{text}` has no digits"));
        }
        return u64::from_str_radix(&digits, 16).map_err(|_| too_large());
    }

    let number_end = lower
        .bytes()
        .position(|byte| !(byte.is_ascii_digit() || byte == b'_'))
        .unwrap_or(lower.len());
    let mantissa = check_underscores(text, &lower[..number_end])?;
    let mut rest = &lower[number_end..];

    let mut exponent = 0u32;
    if rest.starts_with('e') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        let exponent_end = rest[1..]
            .bytes()
            .position(|byte| !(byte.is_ascii_digit() || byte == b'_'))
            .map_or(rest.len(), |index| index + 1);
        let exponent_digits = check_underscores(text, &rest[1..exponent_end])?;
        exponent = exponent_digits.parse().map_err(|_| too_large())?;
        rest = &rest[exponent_end..];
    }

    let multiplier: u64 = match rest {
        "" | "u" | "l" | "ul" | "lu" | "ll" | "ull" | "llu" => 1,
        "ns" => 1,
        "us" => 1_000,
        "ms" => 1_000_000,
        "s" => 1_000_000_000,
        "m" => 60 * 1_000_000_000,
        "h" => 3_600 * 1_000_000_000,
        "d" => 86_400 * 1_000_000_000,
        _ => {
            return Err(format!(
                "invalid suffix `{}` on integer literal",
                &text[text.len() - rest.len()..]
            ));
        }
    };

    let base = if mantissa.len() > 1 && mantissa.starts_with('0') && exponent == 0 {
        if mantissa.bytes().any(|byte| byte == b'8' || byte == b'9') {
            return Err(format!("invalid digit in octal literal `{text}`"));
        }
        u64::from_str_radix(&mantissa, 8).map_err(|_| too_large())?
    } else {
        mantissa.parse::<u64>().map_err(|_| too_large())?
    };
    let scale = 10u64.checked_pow(exponent).ok_or_else(too_large)?;
    base.checked_mul(scale)
        .and_then(|value| value.checked_mul(multiplier))
        .ok_or_else(too_large)
}

/// Splits hexadecimal digits from a trailing C suffix (`u`, `l`, `ul`, ...).
fn split_c_suffix(text: &str, is_digit: impl Fn(u8) -> bool) -> (&str, &str) {
    let digits_end = text
        .bytes()
        .position(|byte| !is_digit(byte))
        .unwrap_or(text.len());
    (&text[..digits_end], &text[digits_end..])
}

/// Removes `_` separators; a separator may not end the digits.
fn check_underscores(text: &str, digits: &str) -> Result<String, String> {
    if digits.ends_with('_') {
        return Err(format!("trailing `_` in integer literal `{text}`"));
    }
    Ok(digits
        .chars()
        .filter(|&character| character != '_')
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<TokenKind> {
        let mut diagnostics = Vec::new();
        let mut offset = 0;
        let mut result = Vec::new();
        loop {
            let token = next_token(source, offset, &mut diagnostics);
            if token.kind == TokenKind::EndOfFile {
                break;
            }
            offset = token.span.end as usize;
            result.push(token.kind);
        }
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        result
    }

    #[test]
    fn integers() {
        assert_eq!(evaluate_integer("0"), Ok(0));
        assert_eq!(evaluate_integer("123"), Ok(123));
        assert_eq!(evaluate_integer("0x1F"), Ok(31));
        assert_eq!(evaluate_integer("0X1f_ff"), Ok(0x1fff));
        assert_eq!(evaluate_integer("0123"), Ok(0o123));
        assert_eq!(evaluate_integer("1_000"), Ok(1000));
        assert_eq!(evaluate_integer("1e6"), Ok(1_000_000));
        assert_eq!(evaluate_integer("5e0"), Ok(5));
        assert_eq!(evaluate_integer("10ul"), Ok(10));
        assert_eq!(evaluate_integer("10LL"), Ok(10));
        assert_eq!(evaluate_integer("0xffUL"), Ok(255));
        assert_eq!(evaluate_integer("5ns"), Ok(5));
        assert_eq!(evaluate_integer("5us"), Ok(5_000));
        assert_eq!(evaluate_integer("5ms"), Ok(5_000_000));
        assert_eq!(evaluate_integer("1s"), Ok(1_000_000_000));
        assert_eq!(evaluate_integer("2m"), Ok(120_000_000_000));
        assert_eq!(evaluate_integer("1h"), Ok(3_600_000_000_000));
        assert_eq!(evaluate_integer("1d"), Ok(86_400_000_000_000));
        assert_eq!(evaluate_integer("18446744073709551615"), Ok(u64::MAX));
        assert!(evaluate_integer("18446744073709551616").is_err());
        assert!(evaluate_integer("1e20").is_err());
        assert!(evaluate_integer("1e99999999999").is_err());
        assert!(evaluate_integer("12abc").is_err());
        assert!(evaluate_integer("1_").is_err());
        assert!(evaluate_integer("0x").is_err());
        assert!(evaluate_integer("09").is_err());
        assert!(evaluate_integer("0b101").is_err());
    }

    #[test]
    fn strings_and_escapes() {
        let mut diagnostics = Vec::new();
        let source = r#""a\n\t\\\"\101\x41\0""#;
        let (value, end) = lex_string(source, 0, &mut diagnostics);
        assert_eq!(value, "a\n\t\\\"AA\0");
        assert_eq!(end, source.len());
        assert!(diagnostics.is_empty());

        let (_, _) = lex_string("\"abc\n\"", 0, &mut diagnostics);
        assert_eq!(diagnostics.len(), 1);
        diagnostics.clear();
        let (_, _) = lex_string("\"\\q\\777\\x\"", 0, &mut diagnostics);
        assert_eq!(diagnostics.len(), 3);
        diagnostics.clear();
        let (_, _) = lex_string("\"\\xff\\x41\"", 0, &mut diagnostics);
        assert_eq!(diagnostics.len(), 1);
        diagnostics.clear();
        let (value, _) = lex_string("\"\\303\\251\"", 0, &mut diagnostics);
        assert_eq!(value, "é");
        assert!(diagnostics.is_empty());
        let (_, end) = lex_string("\"ab\\", 0, &mut diagnostics);
        assert_eq!(end, 4);
        assert_eq!(diagnostics.len(), 1);
    }

    #[test]
    fn sigils_and_punctuation() {
        use Punctuation as P;
        assert_eq!(
            kinds("$x $1 $# @ @m @_a9 <<= >>= -> .. . ++ -- != ==  /* c */ // d\n a"),
            vec![
                TokenKind::Variable("x".into()),
                TokenKind::Positional(1),
                TokenKind::PositionalCount,
                TokenKind::Map(String::new()),
                TokenKind::Map("m".into()),
                TokenKind::Map("_a9".into()),
                TokenKind::Punctuation(P::ShiftLeftAssign),
                TokenKind::Punctuation(P::ShiftRightAssign),
                TokenKind::Punctuation(P::Arrow),
                TokenKind::Punctuation(P::DotDot),
                TokenKind::Punctuation(P::Dot),
                TokenKind::Punctuation(P::PlusPlus),
                TokenKind::Punctuation(P::MinusMinus),
                TokenKind::Punctuation(P::NotEqual),
                TokenKind::Punctuation(P::Equal),
                TokenKind::Identifier("a".into()),
            ]
        );
        assert_eq!(
            kinds("$kv.0.1 1..5"),
            vec![
                TokenKind::Variable("kv".into()),
                TokenKind::Punctuation(P::Dot),
                TokenKind::Integer(0),
                TokenKind::Punctuation(P::Dot),
                TokenKind::Integer(1),
                TokenKind::Integer(1),
                TokenKind::Punctuation(P::DotDot),
                TokenKind::Integer(5),
            ]
        );
    }

    #[test]
    fn bad_input_is_reported_not_fatal() {
        let mut diagnostics = Vec::new();
        let token = next_token("  `x", 0, &mut diagnostics);
        assert_eq!(token.kind, TokenKind::Unknown('`'));
        let token = next_token("é", 0, &mut diagnostics);
        assert_eq!(token.span, Span::new(0, 2));
        let token = next_token("/* open", 0, &mut diagnostics);
        assert_eq!(token.kind, TokenKind::EndOfFile);
        let token = next_token("$ x", 0, &mut diagnostics);
        assert_eq!(token.kind, TokenKind::Unknown('$'));
        assert_eq!(diagnostics.len(), 4);
    }
}
