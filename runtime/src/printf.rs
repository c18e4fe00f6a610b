//! printf rendering, byte for byte as bpftrace v0.26 renders it.
//!
//! In: a parsed `Format` from the payload and one [`Value`] per conversion. Out: the bytes
//! of the formatted text.
//!
//! bpftrace does not call the C library's printf: `FormatSpec::apply` in
//! `src/format_string.cpp` renders each conversion with a C++ `std::stringstream`. The value
//! side follows C exactly: an integer is first cast to the type that the length modifier
//! names (`%d` → `int`, `%hhx` → `unsigned char`, `%lu` → `unsigned long`, ...), so
//! `printf("%x", 0x12345678abcdef)` prints `78abcdef` (bpftrace's own test
//! `printf_length_modifiers`). The text side follows iostreams, which differ from C in a few
//! corners:
//! - the precision is ignored for integers and strings (`%.3s` prints the whole string);
//! - the space flag is ignored;
//! - padding is never "internal": the `0` flag only changes the fill character, so zeros go
//!   before a sign or a `0x` prefix (`%05d` of -42 is `00-42`, `%#06x` of 31 is `000x1f`),
//!   and with `-` the zeros go on the right (`%-05d` of 42 is `42000`);
//! - `#` adds `0x`/`0X`/`0` only to non-zero values (as C does for `x`; C's `%#o` agrees);
//! - `+` adds a sign to signed decimal conversions only;
//! - `%p` prints `0x` and lowercase hex, or `0` for a null pointer;
//! - `%s` of an integer prints it in decimal (with `+` if asked and signed).
//!
//! The tests check everything else against the C library's `snprintf`.

use crate::value::{Value, buffer_text};
use btc_payload::format::{Conversion, ConversionKind, Format, Length, Piece};

/// Renders `format` with `arguments`, one per conversion. A conversion without an argument
/// prints nothing, as in bpftrace.
pub fn render(format: &Format, arguments: &[Value]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut arguments = arguments.iter();
    for piece in &format.pieces {
        match piece {
            Piece::Literal(text) => out.extend_from_slice(text.as_bytes()),
            Piece::Conversion(conversion) => {
                if let Some(argument) = arguments.next() {
                    render_conversion(conversion, argument, &mut out);
                }
            }
        }
    }
    out
}

/// Renders one conversion of one value and appends it to `out`.
pub fn render_conversion(conversion: &Conversion, value: &Value, out: &mut Vec<u8>) {
    if render_plain(conversion, value, out) {
        return;
    }
    let body = match body(conversion, value) {
        Ok(body) => body,
        Err(message) => {
            // bpftrace embeds formatting errors in the output, Go style.
            out.extend_from_slice(b"!{");
            out.extend_from_slice(&message);
            out.push(b'}');
            return;
        }
    };
    // bpftrace sets the width on its stream once, and a stream's width applies to the
    // next item written only: a tuple or record is written piece by piece, so the width
    // pads only its opening `(` or `{ ` (`%6s` of (1, 2) prints `     (1, 2)`).
    let padded = match value {
        Value::Tuple(_) => 1,
        Value::Record(fields) if !fields.is_empty() => 2,
        _ => body.len(),
    }
    .min(body.len());
    let (first, rest) = body.split_at(padded);
    let width = conversion.width.unwrap_or(0) as usize;
    let padding = width.saturating_sub(first.len());
    let fill = if conversion.flags.zero { b'0' } else { b' ' };
    if conversion.flags.left {
        out.extend_from_slice(first);
        out.resize(out.len() + padding, fill);
    } else {
        out.resize(out.len() + padding, fill);
        out.extend_from_slice(first);
    }
    out.extend_from_slice(rest);
}

/// The common conversions without width or flags (`%d`, `%u`, `%s` of an integer or a
/// string), written straight into `out` without the allocations of the general path; false
/// when the conversion needs that path. They print what [`body`] prints.
fn render_plain(conversion: &Conversion, value: &Value, out: &mut Vec<u8>) -> bool {
    use std::io::Write;
    let flags = conversion.flags;
    if conversion.width.is_some() || flags.plus || flags.alternate {
        return false;
    }
    let bits = match value {
        Value::Signed(number) => *number as u64,
        Value::Unsigned(number) => *number,
        Value::String(text) if conversion.kind == ConversionKind::String => {
            out.extend_from_slice(text);
            return true;
        }
        _ => return false,
    };
    // Writing to a Vec cannot fail.
    let _ = match (conversion.kind, value) {
        (ConversionKind::Signed, _) => write!(out, "{}", cast_signed(bits, conversion.length)),
        (ConversionKind::Unsigned, _) => {
            write!(out, "{}", cast_unsigned(bits, conversion.length))
        }
        (ConversionKind::String, Value::Signed(number)) => write!(out, "{number}"),
        (ConversionKind::String, Value::Unsigned(number)) => write!(out, "{number}"),
        _ => return false,
    };
    true
}

/// The text of a conversion before padding.
fn body(conversion: &Conversion, value: &Value) -> Result<Vec<u8>, Vec<u8>> {
    let flags = conversion.flags;
    let bits = match value {
        Value::Signed(number) => *number as u64,
        Value::Unsigned(number) => *number,
        Value::Symbolic { number, .. } if conversion.kind.is_integer() => *number,
        Value::Buffer(data) if conversion.kind == ConversionKind::BufferHex => {
            return Ok(buffer_text(data, false, true));
        }
        Value::Buffer(data) if conversion.kind == ConversionKind::BufferHexSpaced => {
            return Ok(buffer_text(data, false, false));
        }
        Value::String(_)
        | Value::Tuple(_)
        | Value::Array(_)
        | Value::Record(_)
        | Value::Buffer(_)
        | Value::Symbolic { .. } => {
            let text = signed_text(value, flags.plus);
            if conversion.kind.is_integer() {
                let mut message = b"invalid integer conversion: ".to_vec();
                message.extend_from_slice(&text);
                return Err(message);
            }
            return Ok(text);
        }
    };
    let text = match conversion.kind {
        ConversionKind::Signed => {
            let number = cast_signed(bits, conversion.length);
            let mut text = String::new();
            if flags.plus && number >= 0 {
                text.push('+');
            }
            text.push_str(&number.to_string());
            text
        }
        ConversionKind::Unsigned => cast_unsigned(bits, conversion.length).to_string(),
        ConversionKind::Octal => {
            let number = cast_unsigned(bits, conversion.length);
            let prefix = if flags.alternate && number != 0 {
                "0"
            } else {
                ""
            };
            format!("{prefix}{number:o}")
        }
        ConversionKind::HexLower => {
            let number = cast_unsigned(bits, conversion.length);
            let prefix = if flags.alternate && number != 0 {
                "0x"
            } else {
                ""
            };
            format!("{prefix}{number:x}")
        }
        ConversionKind::HexUpper => {
            let number = cast_unsigned(bits, conversion.length);
            let prefix = if flags.alternate && number != 0 {
                "0X"
            } else {
                ""
            };
            format!("{prefix}{number:X}")
        }
        ConversionKind::Character => return Ok(vec![cast_signed(bits, conversion.length) as u8]),
        ConversionKind::GfpFlags => gfp_flags_text(bits),
        ConversionKind::Pointer => {
            if bits == 0 {
                "0".to_string()
            } else {
                format!("0x{bits:x}")
            }
        }
        ConversionKind::String
        | ConversionKind::Buffer
        | ConversionKind::BufferHex
        | ConversionKind::BufferHexSpaced => return Ok(signed_text(value, flags.plus)),
    };
    Ok(text.into_bytes())
}

/// GFP flag bits (linux/gfp_types.h), the ones `%gr` names.
const GFP_DMA: u64 = 1 << 0;
const GFP_HIGHMEM: u64 = 1 << 1;
const GFP_DMA32: u64 = 1 << 2;
const GFP_MOVABLE: u64 = 1 << 3;
const GFP_HIGH: u64 = 1 << 5;
const GFP_IO: u64 = 1 << 6;
const GFP_FS: u64 = 1 << 7;
const GFP_ZERO: u64 = 1 << 8;
const GFP_DIRECT_RECLAIM: u64 = 1 << 10;
const GFP_KSWAPD_RECLAIM: u64 = 1 << 11;
const GFP_WRITE: u64 = 1 << 12;
const GFP_NOWARN: u64 = 1 << 13;
const GFP_RETRY_MAYFAIL: u64 = 1 << 14;
const GFP_NOFAIL: u64 = 1 << 15;
const GFP_NORETRY: u64 = 1 << 16;
const GFP_MEMALLOC: u64 = 1 << 17;
const GFP_COMP: u64 = 1 << 18;
const GFP_NOMEMALLOC: u64 = 1 << 19;
const GFP_HARDWALL: u64 = 1 << 20;
const GFP_THISNODE: u64 = 1 << 21;
const GFP_ACCOUNT: u64 = 1 << 22;
const GFP_ZEROTAGS: u64 = 1 << 23;
const GFP_SKIP_ZERO: u64 = 1 << 24;
const GFP_SKIP_KASAN: u64 = 1 << 25;
const GFP_NO_OBJ_EXT: u64 = 1 << 26;

/// The compound flags (the kernel's combinations) and then the single bits, in the order
/// the kernel's `__def_gfpflag_names` (and bpftrace's `GFPFlags`) try them: each match
/// takes its bits, what is left is tried against the rest.
const GFP_NAMES: &[(u64, &str)] = {
    const RECLAIM: u64 = GFP_DIRECT_RECLAIM | GFP_KSWAPD_RECLAIM;
    const KERNEL: u64 = RECLAIM | GFP_IO | GFP_FS;
    const NOIO: u64 = RECLAIM;
    const NOFS: u64 = NOIO | GFP_IO;
    const USER: u64 = NOFS | GFP_FS | GFP_HARDWALL;
    const HIGHUSER: u64 = USER | GFP_HIGHMEM;
    const HIGHUSER_MOVABLE: u64 = HIGHUSER | GFP_MOVABLE | GFP_SKIP_KASAN;
    const TRANSHUGE_LIGHT: u64 =
        (HIGHUSER_MOVABLE | GFP_COMP | GFP_NOMEMALLOC | GFP_NOWARN) & !RECLAIM;
    &[
        (TRANSHUGE_LIGHT | GFP_DIRECT_RECLAIM, "GFP_TRANSHUGE"),
        (TRANSHUGE_LIGHT, "GFP_TRANSHUGE_LIGHT"),
        (HIGHUSER_MOVABLE, "GFP_HIGHUSER_MOVABLE"),
        (HIGHUSER, "GFP_HIGHUSER"),
        (USER, "GFP_USER"),
        (KERNEL | GFP_ACCOUNT, "GFP_KERNEL_ACCOUNT"),
        (KERNEL, "GFP_KERNEL"),
        (NOFS, "GFP_NOFS"),
        (GFP_HIGH | GFP_KSWAPD_RECLAIM, "GFP_ATOMIC"),
        (NOIO, "GFP_NOIO"),
        (GFP_KSWAPD_RECLAIM | GFP_NOWARN, "GFP_NOWAIT"),
        (GFP_DMA, "GFP_DMA"),
        (GFP_HIGHMEM, "__GFP_HIGHMEM"),
        (GFP_DMA32, "GFP_DMA32"),
        (GFP_HIGH, "__GFP_HIGH"),
        (GFP_IO, "__GFP_IO"),
        (GFP_FS, "__GFP_FS"),
        (GFP_ZERO, "__GFP_ZERO"),
        (GFP_DIRECT_RECLAIM, "__GFP_DIRECT_RECLAIM"),
        (GFP_KSWAPD_RECLAIM, "__GFP_KSWAPD_RECLAIM"),
        (GFP_WRITE, "__GFP_WRITE"),
        (GFP_NOWARN, "__GFP_NOWARN"),
        (GFP_RETRY_MAYFAIL, "__GFP_RETRY_MAYFAIL"),
        (GFP_NOFAIL, "__GFP_NOFAIL"),
        (GFP_NORETRY, "__GFP_NORETRY"),
        (GFP_MEMALLOC, "__GFP_MEMALLOC"),
        (GFP_COMP, "__GFP_COMP"),
        (GFP_NOMEMALLOC, "__GFP_NOMEMALLOC"),
        (GFP_HARDWALL, "__GFP_HARDWALL"),
        (GFP_THISNODE, "__GFP_THISNODE"),
        (GFP_ACCOUNT, "__GFP_ACCOUNT"),
        (GFP_ZEROTAGS, "__GFP_ZEROTAGS"),
        (GFP_SKIP_ZERO, "__GFP_SKIP_ZERO"),
        (GFP_SKIP_KASAN, "__GFP_SKIP_KASAN"),
        (GFP_NO_OBJ_EXT, "__GFP_NO_OBJ_EXT"),
    ]
};

/// `%gr`: the names of the flags in `flags`, joined with `|`, and the bits no name covers
/// as `0x...`; `0` for none.
fn gfp_flags_text(flags: u64) -> String {
    if flags == 0 {
        return "0".to_string();
    }
    let mut names: Vec<String> = Vec::new();
    let mut remaining = flags;
    for (mask, name) in GFP_NAMES {
        if remaining & mask == *mask {
            names.push((*name).to_string());
            remaining &= !mask;
        }
    }
    if remaining != 0 {
        names.push(format!("0x{remaining:x}"));
    }
    names.join("|")
}

/// The text form of a value as `%s` writes it: with `+`, the stream's `showpos` puts a
/// sign before every non-negative signed integer, also inside tuples and records.
fn signed_text(value: &Value, plus: bool) -> Vec<u8> {
    if !plus {
        return value.to_text();
    }
    match value {
        Value::Signed(number) if *number >= 0 => format!("+{number}").into_bytes(),
        Value::Tuple(fields) => Value::Tuple(fields.iter().map(with_sign).collect()).to_text(),
        Value::Record(fields) => Value::Record(
            fields
                .iter()
                .map(|(name, field)| (name.clone(), with_sign(field)))
                .collect(),
        )
        .to_text(),
        _ => value.to_text(),
    }
}

/// `value` with its non-negative signed integers turned into `+N` text.
fn with_sign(value: &Value) -> Value {
    match value {
        Value::Signed(_) | Value::Tuple(_) | Value::Record(_) => {
            Value::String(signed_text(value, true))
        }
        _ => value.clone(),
    }
}

/// The value after C's conversion to the signed type that `length` names (`int` when none).
fn cast_signed(bits: u64, length: Length) -> i64 {
    match length {
        Length::Char => i64::from(bits as u8 as i8),
        Length::Short => i64::from(bits as u16 as i16),
        Length::None => i64::from(bits as u32 as i32),
        Length::Long | Length::LongLong | Length::Size | Length::Max | Length::PtrDiff => {
            bits as i64
        }
    }
}

/// The value after C's conversion to the unsigned type that `length` names (`unsigned int`
/// when none).
fn cast_unsigned(bits: u64, length: Length) -> u64 {
    match length {
        Length::Char => u64::from(bits as u8),
        Length::Short => u64::from(bits as u16),
        Length::None => u64::from(bits as u32),
        Length::Long | Length::LongLong | Length::Size | Length::Max | Length::PtrDiff => bits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use btc_payload::format::Flags;

    /// Formats with the C library: `format` must take exactly one argument of type `long long`
    /// (or `unsigned long long`, same bits) or `char *`.
    fn c_format_integer(format: &str, value: u64) -> Vec<u8> {
        let format = std::ffi::CString::new(format).unwrap();
        let mut buffer = vec![0u8; 512];
        let written = unsafe {
            libc::snprintf(
                buffer.as_mut_ptr().cast(),
                buffer.len(),
                format.as_ptr(),
                value,
            )
        };
        assert!(written >= 0 && (written as usize) < buffer.len());
        buffer.truncate(written as usize);
        buffer
    }

    fn c_format_string(format: &str, value: &[u8]) -> Vec<u8> {
        let format = std::ffi::CString::new(format).unwrap();
        let value = std::ffi::CString::new(value).unwrap();
        let mut buffer = vec![0u8; 512];
        let written = unsafe {
            libc::snprintf(
                buffer.as_mut_ptr().cast(),
                buffer.len(),
                format.as_ptr(),
                value.as_ptr(),
            )
        };
        assert!(written >= 0 && (written as usize) < buffer.len());
        buffer.truncate(written as usize);
        buffer
    }

    fn conversion_letter(kind: ConversionKind) -> &'static str {
        match kind {
            ConversionKind::Signed => "d",
            ConversionKind::Unsigned => "u",
            ConversionKind::Octal => "o",
            ConversionKind::HexLower => "x",
            ConversionKind::HexUpper => "X",
            ConversionKind::Character => "c",
            ConversionKind::String => "s",
            ConversionKind::Pointer => "p",
            ConversionKind::Buffer => "r",
            ConversionKind::BufferHex => "rx",
            ConversionKind::BufferHexSpaced => "rh",
            ConversionKind::GfpFlags => "gr",
        }
    }

    fn length_text(length: Length) -> &'static str {
        match length {
            Length::None => "",
            Length::Char => "hh",
            Length::Short => "h",
            Length::Long => "l",
            Length::LongLong => "ll",
            Length::Size => "z",
            Length::Max => "j",
            Length::PtrDiff => "t",
        }
    }

    fn spec_text(conversion: &Conversion) -> String {
        let flags = conversion.flags;
        let mut text = String::from("%");
        for (on, flag) in [
            (flags.left, '-'),
            (flags.plus, '+'),
            (flags.space, ' '),
            (flags.alternate, '#'),
            (flags.zero, '0'),
        ] {
            if on {
                text.push(flag);
            }
        }
        if let Some(width) = conversion.width {
            text.push_str(&width.to_string());
        }
        if let Some(precision) = conversion.precision {
            text.push('.');
            text.push_str(&precision.to_string());
        }
        text.push_str(length_text(conversion.length));
        text.push_str(conversion_letter(conversion.kind));
        text
    }

    /// The value C receives for an integer conversion once the argument is converted to
    /// the type the length modifier names, passed as 64 bits. `%c` receives an `int`.
    fn c_argument(conversion: &Conversion, value: &Value) -> u64 {
        let bits = match value {
            Value::Signed(number) => *number as u64,
            Value::Unsigned(number) => *number,
            Value::Symbolic { number, .. } => *number,
            _ => 0,
        };
        match conversion.kind {
            ConversionKind::Signed | ConversionKind::Character => {
                cast_signed(bits, conversion.length) as u64
            }
            ConversionKind::Pointer => bits,
            _ => cast_unsigned(bits, conversion.length),
        }
    }

    /// The C format for the argument that [`c_argument`] produces: the same conversion with
    /// a 64-bit length, so that C itself does no further truncation.
    fn c_length_for(kind: ConversionKind) -> &'static str {
        match kind {
            ConversionKind::Character => "",
            _ => "ll",
        }
    }

    const VALUES: &[Value] = &[
        Value::Signed(0),
        Value::Signed(1),
        Value::Signed(-1),
        Value::Signed(42),
        Value::Signed(-42),
        Value::Signed(65),
        Value::Signed(-200),
        Value::Signed(0x7fff_ffff),
        Value::Signed(-0x8000_0000),
        Value::Signed(0x1_2345_6789),
        Value::Signed(i64::MIN),
        Value::Signed(i64::MAX),
        Value::Unsigned(0),
        Value::Unsigned(7),
        Value::Unsigned(255),
        Value::Unsigned(256),
        Value::Unsigned(0xdead_beef),
        Value::Unsigned(0x12_3456_78ab_cdef),
        Value::Unsigned(u64::MAX),
        Value::Unsigned(1 << 63),
    ];

    const INTEGER_KINDS: &[ConversionKind] = &[
        ConversionKind::Signed,
        ConversionKind::Unsigned,
        ConversionKind::Octal,
        ConversionKind::HexLower,
        ConversionKind::HexUpper,
        ConversionKind::Character,
    ];

    const LENGTHS: &[Length] = &[
        Length::None,
        Length::Char,
        Length::Short,
        Length::Long,
        Length::LongLong,
        Length::Size,
        Length::Max,
        Length::PtrDiff,
    ];

    fn all_flags() -> Vec<Flags> {
        (0..32u32)
            .map(|bits| Flags {
                left: bits & 1 != 0,
                plus: bits & 2 != 0,
                space: bits & 4 != 0,
                alternate: bits & 8 != 0,
                zero: bits & 16 != 0,
            })
            .collect()
    }

    fn render_one(conversion: &Conversion, value: &Value) -> Vec<u8> {
        let mut out = Vec::new();
        render_conversion(conversion, value, &mut out);
        out
    }

    /// Pads `body` the way an iostream does: fill on the left (or on the right with `-`),
    /// never between a sign or prefix and the digits.
    fn stream_pad(body: Vec<u8>, conversion: &Conversion) -> Vec<u8> {
        let width = conversion.width.unwrap_or(0) as usize;
        let fill = if conversion.flags.zero { b'0' } else { b' ' };
        let padding = vec![fill; width.saturating_sub(body.len())];
        if conversion.flags.left {
            [body, padding].concat()
        } else {
            [padding, body].concat()
        }
    }

    /// Whether C and bpftrace agree on this spec for this value, so that the whole spec can
    /// go to `snprintf` unchanged.
    fn c_agrees(conversion: &Conversion, c_output_without_padding: &[u8]) -> bool {
        let flags = conversion.flags;
        let starts_with_sign_or_prefix =
            matches!(c_output_without_padding.first(), Some(b'-' | b'+'))
                || (flags.alternate && c_output_without_padding.len() > 1);
        conversion.precision.is_none()
            && !flags.space
            && !(flags.zero && (flags.left || starts_with_sign_or_prefix))
            && !(flags.zero && conversion.kind == ConversionKind::Character)
    }

    #[test]
    fn integers_match_the_c_library() {
        let mut checked_whole = 0;
        let mut checked_body = 0;
        for &kind in INTEGER_KINDS {
            for &length in LENGTHS {
                for flags in all_flags() {
                    for width in [None, Some(1), Some(3), Some(8), Some(25)] {
                        for precision in [None, Some(0), Some(5)] {
                            let conversion = Conversion {
                                flags,
                                width,
                                precision,
                                length,
                                kind,
                            };
                            for value in VALUES {
                                let ours = render_one(&conversion, value);
                                let argument = c_argument(&conversion, value);
                                // The body: sign, prefix and digits, from C, with the flags
                                // iostreams honour ('+' and '#') and nothing else.
                                let mut body_spec = String::from("%");
                                if flags.plus {
                                    body_spec.push('+');
                                }
                                if flags.alternate && kind != ConversionKind::Character {
                                    body_spec.push('#');
                                }
                                body_spec.push_str(c_length_for(kind));
                                body_spec.push_str(conversion_letter(kind));
                                let body = c_format_integer(&body_spec, argument);
                                let expected = stream_pad(body.clone(), &conversion);
                                assert_eq!(
                                    String::from_utf8_lossy(&ours),
                                    String::from_utf8_lossy(&expected),
                                    "{} of {value:?}",
                                    spec_text(&conversion)
                                );
                                checked_body += 1;
                                if c_agrees(&conversion, &body) {
                                    let mut whole_spec = spec_text(&conversion);
                                    // Give C the 64-bit argument with a 64-bit length.
                                    let letter = conversion_letter(kind);
                                    whole_spec.truncate(
                                        whole_spec.len() - letter.len() - length_text(length).len(),
                                    );
                                    whole_spec.push_str(c_length_for(kind));
                                    whole_spec.push_str(letter);
                                    let whole = c_format_integer(&whole_spec, argument);
                                    assert_eq!(
                                        String::from_utf8_lossy(&ours),
                                        String::from_utf8_lossy(&whole),
                                        "{} of {value:?} (as {whole_spec})",
                                        spec_text(&conversion)
                                    );
                                    checked_whole += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(checked_whole > 20_000, "{checked_whole}");
        assert!(checked_body > 100_000, "{checked_body}");
    }

    #[test]
    fn strings_match_the_c_library() {
        let strings: &[&[u8]] = &[
            b"",
            b"a",
            b"ba",
            b"hello",
            b"hello world, long string",
            b"caf\xc3\xa9",
        ];
        for flags in all_flags() {
            for width in [None, Some(1), Some(2), Some(5), Some(12)] {
                for precision in [None, Some(0), Some(3)] {
                    let conversion = Conversion {
                        flags,
                        width,
                        precision,
                        length: Length::None,
                        kind: ConversionKind::String,
                    };
                    for text in strings {
                        let ours = render_one(&conversion, &Value::String(text.to_vec()));
                        let body = c_format_string("%s", text);
                        assert_eq!(
                            ours,
                            stream_pad(body, &conversion),
                            "{}",
                            spec_text(&conversion)
                        );
                        if precision.is_none() && !flags.zero {
                            let whole = c_format_string(&spec_text(&conversion), text);
                            assert_eq!(ours, whole, "{}", spec_text(&conversion));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn pointers_match_the_c_library_alternate_hex() {
        // libstdc++ prints a `void *` as `std::hex | std::showbase`, which is C's `%#lx`.
        for flags in all_flags() {
            for width in [None, Some(4), Some(20)] {
                let conversion = Conversion {
                    flags,
                    width,
                    precision: None,
                    length: Length::None,
                    kind: ConversionKind::Pointer,
                };
                for value in VALUES {
                    let ours = render_one(&conversion, value);
                    let body = c_format_integer("%#llx", c_argument(&conversion, value));
                    assert_eq!(
                        ours,
                        stream_pad(body, &conversion),
                        "{} of {value:?}",
                        spec_text(&conversion)
                    );
                }
            }
        }
    }

    #[test]
    fn integers_printed_with_percent_s_are_decimal() {
        let format = Format::parse("%s|%5s|%-5s|%+s|%+s").unwrap();
        let arguments = [
            Value::Signed(-3),
            Value::Unsigned(42),
            Value::Signed(7),
            Value::Signed(7),
            Value::Unsigned(7),
        ];
        assert_eq!(render(&format, &arguments), b"-3|   42|7    |+7|7");
    }

    #[test]
    fn where_bpftrace_differs_from_c() {
        let cases: &[(&str, Value, &str)] = &[
            ("%05d", Value::Signed(-42), "00-42"),
            ("%-05d", Value::Signed(42), "42000"),
            ("%#06x", Value::Unsigned(31), "000x1f"),
            ("%+05d", Value::Signed(42), "00+42"),
            ("% d", Value::Signed(42), "42"),
            ("%.5d", Value::Signed(42), "42"),
            ("%.2s", Value::String(b"hello".to_vec()), "hello"),
            ("%05s", Value::String(b"ba".to_vec()), "000ba"),
            ("%p", Value::Unsigned(0), "0"),
            ("%d", Value::Signed(1 << 40), "0"),
        ];
        for (spec, value, expected) in cases {
            let format = Format::parse(spec).unwrap();
            let rendered = render(&format, std::slice::from_ref(value));
            assert_eq!(String::from_utf8_lossy(&rendered), *expected, "{spec}");
        }
    }

    #[test]
    fn bpftrace_runtime_test_expectations() {
        // Facts from bpftrace v0.26 tests/runtime/call.
        let x = Value::Signed(0x12345678abcdef);
        let format = Format::parse("%hhx %hx %x %jx\n").unwrap();
        assert_eq!(
            render(&format, &[x.clone(), x.clone(), x.clone(), x]),
            b"ef cdef 78abcdef 12345678abcdef\n"
        );
        let format = Format::parse("%5s %04x").unwrap();
        assert_eq!(
            render(&format, &[Value::String(b"ba".to_vec()), Value::Signed(2)]),
            b"   ba 0002"
        );
        let format = Format::parse("%c%c%c%c\n").unwrap();
        let letters: Vec<Value> = (0x41..=0x44).map(Value::Signed).collect();
        assert_eq!(render(&format, &letters), b"ABCD\n");
    }

    #[test]
    fn a_string_for_an_integer_conversion_is_reported_inline() {
        let format = Format::parse("<%d>").unwrap();
        assert_eq!(
            render(&format, &[Value::String(b"abc".to_vec())]),
            b"<!{invalid integer conversion: abc}>"
        );
    }

    #[test]
    fn a_width_pads_only_the_opening_of_a_tuple_or_record() {
        // bpftrace's stream width applies to the first item written: `(` or `{ `.
        let tuple = Value::Tuple(vec![Value::Signed(1), Value::String(b"a".to_vec())]);
        let format = Format::parse("[%4s][%-4s][%+s]").unwrap();
        let signed = Value::Tuple(vec![Value::Signed(1), Value::Signed(-2)]);
        assert_eq!(
            String::from_utf8_lossy(&render(&format, &[tuple.clone(), tuple, signed])),
            "[   (1, a)][(   1, a)][(+1, -2)]"
        );
        let record = Value::Record(vec![("a".into(), Value::Unsigned(1))]);
        let format = Format::parse("[%5s]").unwrap();
        assert_eq!(render(&format, &[record]), b"[   { .a = 1 }]");
    }

    #[test]
    fn buffers_and_symbolic_values() {
        let buffer = Value::Buffer(b"Hi\0\n".to_vec());
        let format = Format::parse("%r|%rx|%rh|%s|%6r").unwrap();
        let arguments = vec![buffer.clone(); 5];
        assert_eq!(
            String::from_utf8_lossy(&render(&format, &arguments)),
            "Hi\\x00\\x0a|\\x48\\x69\\x00\\x0a|48 69 00 0a|Hi\\x00\\x0a|Hi\\x00\\x0a"
        );
        let pointer = Value::Symbolic {
            text: b"0x1f".to_vec(),
            number: 31,
        };
        let format = Format::parse("%s %d %x %p %6s").unwrap();
        let arguments = vec![pointer.clone(); 5];
        assert_eq!(render(&format, &arguments), b"0x1f 31 1f 0x1f   0x1f");
        let format = Format::parse("%d").unwrap();
        assert_eq!(
            render(&format, &[buffer]),
            b"!{invalid integer conversion: Hi\\x00\\x0a}"
        );
    }

    #[test]
    fn gfp_flags() {
        // call suite printf_gr, and stdlib.md's examples.
        assert_eq!(gfp_flags_text(0x1), "GFP_DMA");
        assert_eq!(gfp_flags_text(0), "0");
        assert_eq!(gfp_flags_text(0xcc0), "GFP_KERNEL");
        assert_eq!(gfp_flags_text(0x820 | 0x2), "GFP_ATOMIC|__GFP_HIGHMEM");
        assert_eq!(
            gfp_flags_text(0x40 | 0x80 | 0x400),
            "__GFP_IO|__GFP_FS|__GFP_DIRECT_RECLAIM"
        );
        assert_eq!(
            gfp_flags_text(0xdc0 | (1 << 40)),
            "GFP_KERNEL|__GFP_ZERO|0x10000000000"
        );
        let format = Format::parse("[%-12gr]").unwrap();
        assert_eq!(render(&format, &[Value::Unsigned(1)]), b"[GFP_DMA     ]");
    }

    #[test]
    fn any_run_of_length_letters_is_accepted() {
        // `%Lu` and `%lhd` are not C length modifiers: bpftrace casts to `int` then.
        let format = Format::parse("%Lu %lhd %lu").unwrap();
        let minus_one = Value::Signed(-1);
        assert_eq!(
            render(&format, &[minus_one.clone(), minus_one.clone(), minus_one]),
            b"4294967295 -1 18446744073709551615"
        );
    }
}
