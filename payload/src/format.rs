//! printf format strings, parsed once by the compiler (which checks the arguments against
//! them) and carried to the runtime (which renders them).
//!
//! In: the text of a format string after escape processing. Out: a [`Format`], a list of
//! literal pieces and conversions, or a [`FormatError`] with the byte offset of the problem.
//! The accepted syntax is C's `%[flags][width][.precision][length]conversion` with the
//! conversions bpftrace accepts: `d i u o x X c s p` and `%%`, plus bpftrace's `%r`, `%rx`
//! and `%rh` for buffers and `%gr` for GFP flags.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Format {
    pub pieces: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Piece {
    Literal(String),
    Conversion(Conversion),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Flags {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: always print a sign for signed conversions.
    pub plus: bool,
    /// ` `: a space where the sign of a non-negative number would go.
    pub space: bool,
    /// `#`: `0x` for hex, a leading `0` for octal.
    pub alternate: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
}

/// C length modifiers. As in bpftrace, the runtime casts an integer argument to the type
/// the modifier names before printing it (`%hhx` of 0x1234 prints `34`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Length {
    None,
    Char,
    Short,
    Long,
    LongLong,
    Size,
    Max,
    PtrDiff,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConversionKind {
    /// `d` and `i`.
    Signed,
    /// `u`.
    Unsigned,
    /// `o`.
    Octal,
    /// `x`.
    HexLower,
    /// `X`.
    HexUpper,
    /// `c`.
    Character,
    /// `s`.
    String,
    /// `p`.
    Pointer,
    /// `r`: a buffer with non-printable bytes escaped as `\xNN`.
    Buffer,
    /// `rx`: a buffer as `\xNN` for every byte.
    BufferHex,
    /// `rh`: a buffer as space-separated hex bytes.
    BufferHexSpaced,
    /// `gr`: an integer of GFP flags, as the kernel's names (`GFP_KERNEL|__GFP_ZERO`).
    GfpFlags,
}

impl ConversionKind {
    /// Whether the conversion prints an integer argument.
    pub fn is_integer(self) -> bool {
        matches!(
            self,
            ConversionKind::Signed
                | ConversionKind::Unsigned
                | ConversionKind::Octal
                | ConversionKind::HexLower
                | ConversionKind::HexUpper
                | ConversionKind::Character
                | ConversionKind::Pointer
                | ConversionKind::GfpFlags
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversion {
    pub flags: Flags,
    pub width: Option<u32>,
    pub precision: Option<u32>,
    pub length: Length,
    pub kind: ConversionKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// Byte offset of the `%` that starts the bad conversion.
    pub offset: usize,
    pub message: String,
}

impl Format {
    pub fn parse(text: &str) -> Result<Format, FormatError> {
        let bytes = text.as_bytes();
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut position = 0;
        while position < bytes.len() {
            let Some(found) = text[position..].find('%') else {
                literal.push_str(&text[position..]);
                break;
            };
            literal.push_str(&text[position..position + found]);
            let start = position + found;
            if bytes.get(start + 1) == Some(&b'%') {
                literal.push('%');
                position = start + 2;
                continue;
            }
            let (conversion, next) = parse_conversion(bytes, start)?;
            if !literal.is_empty() {
                pieces.push(Piece::Literal(std::mem::take(&mut literal)));
            }
            pieces.push(Piece::Conversion(conversion));
            position = next;
        }
        if !literal.is_empty() {
            pieces.push(Piece::Literal(literal));
        }
        Ok(Format { pieces })
    }

    /// The conversions in order: one per argument.
    pub fn conversions(&self) -> impl Iterator<Item = &Conversion> {
        self.pieces.iter().filter_map(|piece| match piece {
            Piece::Conversion(conversion) => Some(conversion),
            Piece::Literal(_) => None,
        })
    }
}

fn parse_conversion(bytes: &[u8], start: usize) -> Result<(Conversion, usize), FormatError> {
    let error = |message: &str| FormatError {
        offset: start,
        message: message.to_string(),
    };
    let mut position = start + 1;
    let mut flags = Flags::default();
    loop {
        match bytes.get(position) {
            Some(b'-') => flags.left = true,
            Some(b'+') => flags.plus = true,
            Some(b' ') => flags.space = true,
            Some(b'#') => flags.alternate = true,
            Some(b'0') => flags.zero = true,
            _ => break,
        }
        position += 1;
    }
    let width =
        parse_number(bytes, &mut position).map_err(|()| error("the field width is too large"))?;
    if bytes.get(position) == Some(&b'*') {
        return Err(error(
            "a `*` width or precision is not supported; write the number",
        ));
    }
    let precision = if bytes.get(position) == Some(&b'.') {
        position += 1;
        if bytes.get(position) == Some(&b'*') {
            return Err(error(
                "a `*` width or precision is not supported; write the number",
            ));
        }
        Some(
            parse_number(bytes, &mut position)
                .map_err(|()| error("the precision is too large"))?
                .unwrap_or(0),
        )
    } else {
        None
    };
    // bpftrace accepts any run of the length letters `hlLjzt`; the ones C defines pick the
    // type the value is cast to, and any other run (`L`, `lll`, `hl`) the default `int`.
    let run_start = position;
    while matches!(
        bytes.get(position),
        Some(b'h' | b'l' | b'L' | b'j' | b'z' | b't')
    ) {
        position += 1;
    }
    let length = match &bytes[run_start..position] {
        b"hh" => Length::Char,
        b"h" => Length::Short,
        b"l" => Length::Long,
        b"ll" => Length::LongLong,
        b"z" => Length::Size,
        b"j" => Length::Max,
        b"t" => Length::PtrDiff,
        _ => Length::None,
    };
    let kind = match bytes.get(position) {
        Some(b'd' | b'i') => ConversionKind::Signed,
        Some(b'u') => ConversionKind::Unsigned,
        Some(b'o') => ConversionKind::Octal,
        Some(b'x') => ConversionKind::HexLower,
        Some(b'X') => ConversionKind::HexUpper,
        Some(b'c') => ConversionKind::Character,
        Some(b's') => ConversionKind::String,
        Some(b'p') => ConversionKind::Pointer,
        Some(b'r') => match bytes.get(position + 1) {
            Some(b'x') => {
                position += 1;
                ConversionKind::BufferHex
            }
            Some(b'h') => {
                position += 1;
                ConversionKind::BufferHexSpaced
            }
            _ => ConversionKind::Buffer,
        },
        Some(b'g') if bytes.get(position + 1) == Some(&b'r') => {
            position += 1;
            ConversionKind::GfpFlags
        }
        None => return Err(error("the format string ends inside a conversion")),
        Some(other) => {
            let shown = char::from(*other);
            return Err(FormatError {
                offset: start,
                message: format!(
                    "unknown conversion `%{shown}`; expected one of d i u o x X c s p r rx rh gr %"
                ),
            });
        }
    };
    Ok((
        Conversion {
            flags,
            width,
            precision,
            length,
            kind,
        },
        position + 1,
    ))
}

fn parse_number(bytes: &[u8], position: &mut usize) -> Result<Option<u32>, ()> {
    let start = *position;
    while bytes.get(*position).is_some_and(u8::is_ascii_digit) {
        *position += 1;
    }
    if *position == start {
        return Ok(None);
    }
    let digits = std::str::from_utf8(&bytes[start..*position]).expect("ASCII digits");
    digits.parse::<u32>().map(Some).map_err(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conversion(kind: ConversionKind) -> Conversion {
        Conversion {
            flags: Flags::default(),
            width: None,
            precision: None,
            length: Length::None,
            kind,
        }
    }

    #[test]
    fn literals_and_percent() {
        let format = Format::parse("100%% done\n").unwrap();
        assert_eq!(format.pieces, vec![Piece::Literal("100% done\n".into())]);
    }

    #[test]
    fn flags_width_precision_length() {
        let format = Format::parse("%-10.3lld|%08x|%rx").unwrap();
        let mut first = conversion(ConversionKind::Signed);
        first.flags.left = true;
        first.width = Some(10);
        first.precision = Some(3);
        first.length = Length::LongLong;
        let mut second = conversion(ConversionKind::HexLower);
        second.flags.zero = true;
        second.width = Some(8);
        assert_eq!(
            format.pieces,
            vec![
                Piece::Conversion(first),
                Piece::Literal("|".into()),
                Piece::Conversion(second),
                Piece::Literal("|".into()),
                Piece::Conversion(conversion(ConversionKind::BufferHex)),
            ]
        );
    }

    #[test]
    fn errors_point_at_the_conversion() {
        let error = Format::parse("ok %q").unwrap_err();
        assert_eq!(error.offset, 3);
        assert!(error.message.contains("%q"));
        assert_eq!(Format::parse("%").unwrap_err().offset, 0);
        assert!(Format::parse("%*d").is_err());
    }
}
