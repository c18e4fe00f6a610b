//! C type definitions from a script's preamble: `struct foo { int a; char b[16]; };`.
//!
//! In: the text of each `struct`, `union` and `enum` definition the parser kept, and a way
//! to ask the kernel's BTF for the names the definitions use but do not define. Out: a
//! split BTF section that extends the kernel's, laid out as a C compiler for x86-64 and
//! arm64 lays these types out (natural alignment, LP64 sizes), so the rest of the compiler
//! walks the script's types with the same code as the kernel's. bpftrace hands the
//! preamble to clang; btc reads a subset of C itself: integer types with their C sizes and
//! the kernel's fixed-size names (`u32`, `__u64`, `uint8_t`...), pointers, fixed arrays,
//! nested and anonymous structs and unions, references to other script or kernel structs,
//! enums with constant values, typedefs, `__attribute__((packed))`, bitfields (laid out as
//! the x86-64 and arm64 ABIs lay them out) and function pointers (which BTF, like bpftrace,
//! sees as `void *`). Floating point is refused with a message.

use std::collections::HashMap;

/// A parsed definition: a struct, a union or an enum.
#[derive(Debug, Clone, PartialEq)]
pub enum Definition {
    Composite(Composite),
    Enum(Enumeration),
    /// `typedef TYPE NAME;`
    Typedef {
        name: String,
        ty: CType,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Composite {
    pub union: bool,
    /// Empty for an anonymous struct or union.
    pub name: String,
    /// `None` for a bodiless reference (`struct foo`).
    pub members: Option<Vec<Member>>,
    pub packed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// Empty for an anonymous struct or union member, and for an unnamed bitfield.
    pub name: String,
    pub ty: CType,
    /// The width of a bitfield (`int flag : 1;`).
    pub bits: Option<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Enumeration {
    pub name: String,
    pub enumerators: Vec<(String, i64)>,
}

/// A C type as written in a member declaration.
#[derive(Debug, Clone, PartialEq)]
pub enum CType {
    Integer {
        bytes: u32,
        signed: bool,
        name: String,
    },
    /// A name that is neither a C integer type nor a known fixed-size name: looked up in
    /// the kernel's BTF (`pid_t`, `size_t`...).
    Named(String),
    Composite(Box<Composite>),
    Enum(Box<Enumeration>),
    /// `enum name` without a body.
    EnumReference(String),
    Pointer(Box<CType>),
    Array(Box<CType>, u32),
}

/// Parses one definition as the parser kept it (keyword to closing brace, maybe a `;`).
pub fn parse(text: &str) -> Result<Definition, String> {
    let tokens = tokenize(text)?;
    let mut parser = Parser {
        tokens,
        position: 0,
    };
    if parser.eat("typedef") {
        let mut declared = Vec::new();
        parser.member_declaration(&mut declared)?;
        if let Some(extra) = parser.peek() {
            return Err(format!("unexpected `{extra}` after the typedef"));
        }
        return match declared.pop() {
            Some(Member {
                name,
                ty,
                bits: None,
            }) if declared.is_empty() && !name.is_empty() => Ok(Definition::Typedef { name, ty }),
            _ => Err("a typedef names one type".to_string()),
        };
    }
    let ty = parser.type_specifier()?;
    parser.eat(";");
    if let Some(extra) = parser.peek() {
        return Err(format!("unexpected `{extra}` after the definition"));
    }
    match ty {
        CType::Composite(composite) if composite.members.is_some() => {
            Ok(Definition::Composite(*composite))
        }
        CType::Enum(enumeration) => Ok(Definition::Enum(*enumeration)),
        _ => Err("expected a struct, union or enum definition".to_string()),
    }
}

fn tokenize(text: &str) -> Result<Vec<String>, String> {
    let mut tokens = Vec::new();
    let characters: Vec<char> = text.chars().collect();
    let mut index = 0;
    while index < characters.len() {
        let character = characters[index];
        if character.is_whitespace() {
            index += 1;
        } else if character == '/' && characters.get(index + 1) == Some(&'/') {
            while index < characters.len() && characters[index] != '\n' {
                index += 1;
            }
        } else if character == '/' && characters.get(index + 1) == Some(&'*') {
            index += 2;
            while index + 1 < characters.len()
                && !(characters[index] == '*' && characters[index + 1] == '/')
            {
                index += 1;
            }
            index += 2;
        } else if character.is_ascii_alphanumeric() || character == '_' {
            let start = index;
            while index < characters.len()
                && (characters[index].is_ascii_alphanumeric() || characters[index] == '_')
            {
                index += 1;
            }
            tokens.push(characters[start..index].iter().collect());
        } else if "{}[]();,*=:-".contains(character) {
            tokens.push(character.to_string());
            index += 1;
        } else {
            return Err(format!("unexpected character `{character}`"));
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<String>,
    position: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.position).map(String::as_str)
    }

    fn next(&mut self) -> Result<String, String> {
        let token = self
            .tokens
            .get(self.position)
            .cloned()
            .ok_or("unexpected end of the definition")?;
        self.position += 1;
        Ok(token)
    }

    fn eat(&mut self, token: &str) -> bool {
        if self.peek() == Some(token) {
            self.position += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, token: &str) -> Result<(), String> {
        match self.peek() {
            Some(found) if found == token => {
                self.position += 1;
                Ok(())
            }
            Some(found) => Err(format!("expected `{token}`, found `{found}`")),
            None => Err(format!("expected `{token}` at the end of the definition")),
        }
    }

    fn identifier(&mut self) -> Result<String, String> {
        let token = self.next()?;
        if token.starts_with(|character: char| character.is_ascii_alphabetic() || character == '_')
        {
            Ok(token)
        } else {
            Err(format!("expected a name, found `{token}`"))
        }
    }

    /// `__attribute__((...))`: returns whether it said `packed`.
    fn attributes(&mut self) -> Result<bool, String> {
        let mut packed = false;
        while self.eat("__attribute__") {
            self.expect("(")?;
            let mut depth = 1;
            while depth > 0 {
                match self.next()?.as_str() {
                    "(" => depth += 1,
                    ")" => depth -= 1,
                    "packed" | "__packed__" => packed = true,
                    _ => {}
                }
            }
        }
        Ok(packed)
    }

    /// A type without declarators: `unsigned long`, `struct foo { ... }`, `u32`.
    fn type_specifier(&mut self) -> Result<CType, String> {
        while matches!(self.peek(), Some("const" | "volatile" | "restrict")) {
            self.position += 1;
        }
        match self.peek() {
            Some(keyword @ ("struct" | "union")) => {
                let union = keyword == "union";
                self.position += 1;
                let mut packed = self.attributes()?;
                let name = if self.peek() == Some("{") {
                    String::new()
                } else {
                    self.identifier()?
                };
                let members = if self.eat("{") {
                    let mut members = Vec::new();
                    while !self.eat("}") {
                        self.member_declaration(&mut members)?;
                    }
                    packed |= self.attributes()?;
                    Some(members)
                } else {
                    None
                };
                Ok(CType::Composite(Box::new(Composite {
                    union,
                    name,
                    members,
                    packed,
                })))
            }
            Some("enum") => {
                self.position += 1;
                let name = if self.peek() == Some("{") {
                    String::new()
                } else {
                    self.identifier()?
                };
                if !self.eat("{") {
                    return Ok(CType::EnumReference(name));
                }
                let mut enumerators: Vec<(String, i64)> = Vec::new();
                let mut next_value = 0i64;
                while !self.eat("}") {
                    let enumerator = self.identifier()?;
                    if self.eat("=") {
                        next_value = self.constant(&enumerators)?;
                    }
                    enumerators.push((enumerator, next_value));
                    next_value = next_value.wrapping_add(1);
                    if !self.eat(",") {
                        self.expect("}")?;
                        break;
                    }
                }
                Ok(CType::Enum(Box::new(Enumeration { name, enumerators })))
            }
            Some(_) => self.named_type(),
            None => Err("expected a type".to_string()),
        }
    }

    /// An enumerator's value: an integer (decimal, hex, octal), maybe negative, or an
    /// earlier enumerator.
    fn constant(&mut self, earlier: &[(String, i64)]) -> Result<i64, String> {
        let negative = self.eat("-");
        let token = self.next()?;
        let value = if let Some((_, value)) = earlier.iter().find(|(name, _)| *name == token) {
            *value
        } else {
            parse_integer(&token).ok_or(format!(
                "not supported yet: the enumerator value `{token}` (integers and earlier enumerators work)"
            ))?
        };
        Ok(if negative { -value } else { value })
    }

    /// Integer keywords in any order (`unsigned long long int`), or one other name.
    fn named_type(&mut self) -> Result<CType, String> {
        let mut words = Vec::new();
        while let Some(word) = self.peek() {
            if matches!(
                word,
                "unsigned" | "signed" | "char" | "short" | "int" | "long" | "_Bool"
            ) {
                words.push(word.to_string());
                self.position += 1;
            } else if matches!(word, "const" | "volatile") {
                self.position += 1;
            } else {
                break;
            }
        }
        if words.is_empty() {
            let name = self.identifier()?;
            if matches!(name.as_str(), "float" | "double") {
                return Err(format!("not supported yet: `{name}` members"));
            }
            return Ok(match fixed_size_integer(&name) {
                Some((bytes, signed)) => CType::Integer {
                    bytes,
                    signed,
                    name,
                },
                None => CType::Named(name),
            });
        }
        let count = |word: &str| words.iter().filter(|found| *found == word).count();
        let unsigned = count("unsigned") > 0;
        let bytes = if count("_Bool") > 0 || count("char") > 0 {
            1
        } else if count("short") > 0 {
            2
        } else if count("long") > 0 {
            8
        } else {
            4
        };
        // Plain `char` is signed on x86-64 (the kernel builds with -fsigned-char everywhere).
        let signed = !unsigned && count("_Bool") == 0;
        let name = if count("char") > 0 {
            if unsigned { "unsigned char" } else { "char" }.to_string()
        } else {
            words.join(" ")
        };
        Ok(CType::Integer {
            bytes,
            signed,
            name,
        })
    }

    /// `TYPE declarator, declarator;` or an anonymous `struct { ... };` member.
    fn member_declaration(&mut self, members: &mut Vec<Member>) -> Result<(), String> {
        let base = self.type_specifier()?;
        if self.eat(";") {
            return match base {
                CType::Composite(ref composite) if composite.members.is_some() => {
                    members.push(Member {
                        name: String::new(),
                        ty: base,
                        bits: None,
                    });
                    Ok(())
                }
                _ => Err("a member needs a name".to_string()),
            };
        }
        loop {
            let mut ty = base.clone();
            while self.eat("*") {
                while matches!(self.peek(), Some("const" | "volatile" | "restrict")) {
                    self.position += 1;
                }
                ty = CType::Pointer(Box::new(ty));
            }
            if self.eat("(") {
                // `RET (*name)(PARAMETERS)`: a pointer to a function, which BTF records as
                // a pointer to `void` here (bpftrace reads FUNC_PROTO as void too).
                self.expect("*")?;
                let name = self.identifier()?;
                self.expect(")")?;
                self.skip_parameters()?;
                self.attributes()?;
                members.push(Member {
                    name,
                    ty: CType::Pointer(Box::new(CType::Named("void".to_string()))),
                    bits: None,
                });
                if self.eat(";") {
                    return Ok(());
                }
                self.expect(",")?;
                continue;
            }
            if self.eat(":") {
                // An unnamed bitfield: padding, or with width 0, a jump to the next unit.
                let bits = self.bitfield_width("an unnamed bitfield")?;
                members.push(Member {
                    name: String::new(),
                    ty,
                    bits: Some(bits),
                });
                if self.eat(";") {
                    return Ok(());
                }
                self.expect(",")?;
                continue;
            }
            let name = self.identifier()?;
            let mut lengths = Vec::new();
            while self.eat("[") {
                let token = self.next()?;
                let length = parse_integer(&token)
                    .and_then(|length| u32::try_from(length).ok())
                    .ok_or(format!("array lengths must be integers, not `{token}`"))?;
                self.expect("]")?;
                lengths.push(length);
            }
            // `int a[2][3]` is an array of 2 arrays of 3.
            for length in lengths.into_iter().rev() {
                ty = CType::Array(Box::new(ty), length);
            }
            let bits = if self.eat(":") {
                let bits = self.bitfield_width(&format!("the bitfield `{name}`"))?;
                if bits == 0 {
                    return Err(format!(
                        "the bitfield `{name}` has width 0: only an unnamed one may"
                    ));
                }
                Some(bits)
            } else {
                None
            };
            if bits.is_some()
                && !matches!(
                    ty,
                    CType::Integer { .. }
                        | CType::Named(_)
                        | CType::Enum(_)
                        | CType::EnumReference(_)
                )
            {
                return Err(format!("the bitfield `{name}` needs an integer type"));
            }
            self.attributes()?;
            members.push(Member { name, ty, bits });
            if self.eat(";") {
                return Ok(());
            }
            self.expect(",")?;
        }
    }
}

impl Parser {
    /// The width after `:` in a bitfield declaration.
    fn bitfield_width(&mut self, what: &str) -> Result<u32, String> {
        let token = self.next()?;
        parse_integer(&token)
            .and_then(|bits| u32::try_from(bits).ok())
            .filter(|bits| *bits <= 64)
            .ok_or(format!(
                "the width of {what} must be an integer up to 64, not `{token}`"
            ))
    }

    /// A function pointer's parameter list, `(int, char *)`, which nothing reads.
    fn skip_parameters(&mut self) -> Result<(), String> {
        self.expect("(")?;
        let mut depth = 1;
        while depth > 0 {
            match self.next()?.as_str() {
                "(" => depth += 1,
                ")" => depth -= 1,
                _ => {}
            }
        }
        Ok(())
    }
}

fn parse_integer(token: &str) -> Option<i64> {
    let digits = token.trim_end_matches(['u', 'U', 'l', 'L']);
    if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        return i64::from_str_radix(hex, 16).ok();
    }
    if digits.len() > 1
        && let Some(octal) = digits.strip_prefix('0')
    {
        return i64::from_str_radix(octal, 8).ok();
    }
    digits.parse().ok()
}

/// The kernel's and <stdint.h>'s fixed-size names.
fn fixed_size_integer(name: &str) -> Option<(u32, bool)> {
    Some(match name {
        "u8" | "__u8" | "uint8_t" | "bool" => (1, false),
        "s8" | "__s8" | "int8_t" => (1, true),
        "u16" | "__u16" | "uint16_t" => (2, false),
        "s16" | "__s16" | "int16_t" => (2, true),
        "u32" | "__u32" | "uint32_t" => (4, false),
        "s32" | "__s32" | "int32_t" => (4, true),
        "u64" | "__u64" | "uint64_t" | "size_t" | "uintptr_t" => (8, false),
        "s64" | "__s64" | "int64_t" | "ssize_t" | "intptr_t" | "ptrdiff_t" => (8, true),
        _ => return None,
    })
}

/// A kernel type a script type refers to: its id, and its size and alignment in bytes.
#[derive(Debug, Clone, Copy)]
pub struct BaseType {
    pub id: u32,
    pub size: u32,
    pub alignment: u32,
}

/// What the script's types need to know about the kernel's.
pub struct Base<'a> {
    /// The id the first script type gets (the kernel's type count, `void` included).
    pub first_id: u32,
    /// The length of the kernel's string table: the script's strings follow it.
    pub string_length: u32,
    /// `struct NAME` (or union) in the kernel.
    pub composite: &'a dyn Fn(&str, bool) -> Option<BaseType>,
    /// Another type name (a typedef) in the kernel.
    pub named: &'a dyn Fn(&str) -> Option<BaseType>,
}

/// One BTF record of the split section.
enum Record {
    Integer {
        name: String,
        bytes: u32,
        signed: bool,
    },
    Pointer(u32),
    Array {
        element: u32,
        index: u32,
        length: u32,
    },
    Composite {
        union: bool,
        name: String,
        size: u32,
        /// Name, type id, bit offset and bitfield width.
        members: Vec<(String, u32, u32, Option<u32>)>,
    },
    Enum {
        name: String,
        enumerators: Vec<(String, i64)>,
    },
    Forward {
        union: bool,
        name: String,
    },
    Typedef {
        name: String,
        target: u32,
    },
}

/// Lays out `definitions` and encodes them as split BTF on top of `base`. An error names
/// the definition (its index) that could not be laid out.
pub fn split_btf(definitions: &[Definition], base: &Base) -> Result<Vec<u8>, (usize, String)> {
    let mut builder = Builder {
        base,
        records: Vec::new(),
        defined: HashMap::new(),
        layouts: HashMap::new(),
        definitions,
        index_type: None,
        typedefs: HashMap::new(),
    };
    // Every named definition gets its id first, so members can point to any of them.
    for definition in definitions {
        if let Some(composite) = named_composite(definition) {
            let id = builder.reserve();
            builder
                .defined
                .insert((composite.union, composite.name.clone()), id);
        }
    }
    for (index, definition) in definitions.iter().enumerate() {
        match definition {
            Definition::Composite(composite) => {
                builder
                    .composite(composite)
                    .map_err(|error| (index, error))?;
            }
            Definition::Enum(enumeration) => {
                builder.enumeration(enumeration);
            }
            Definition::Typedef { name, ty } => {
                let (target, size, alignment) =
                    builder.member_type(ty).map_err(|error| (index, error))?;
                let id = builder.add(Record::Typedef {
                    name: name.clone(),
                    target,
                });
                builder.typedefs.insert(name.clone(), (id, size, alignment));
            }
        }
    }
    Ok(builder.encode())
}

/// The named struct or union a top-level definition defines: `struct foo { ... }`, also
/// inside `typedef struct foo { ... } foo_t;`.
fn named_composite(definition: &Definition) -> Option<&Composite> {
    let composite = match definition {
        Definition::Composite(composite) => composite,
        Definition::Typedef {
            ty: CType::Composite(composite),
            ..
        } => composite.as_ref(),
        _ => return None,
    };
    (!composite.name.is_empty() && composite.members.is_some()).then_some(composite)
}

struct Builder<'a> {
    base: &'a Base<'a>,
    /// Records in id order from `base.first_id`; `None` while reserved.
    records: Vec<Option<Record>>,
    /// Named script structs and unions: (union, name) to id.
    defined: HashMap<(bool, String), u32>,
    /// Size and alignment of each script struct laid out so far, by id.
    layouts: HashMap<u32, (u32, u32)>,
    definitions: &'a [Definition],
    index_type: Option<u32>,
    /// The script's typedefs so far (C needs them before their use): id, size, alignment.
    typedefs: HashMap<String, (u32, u32, u32)>,
}

impl Builder<'_> {
    fn reserve(&mut self) -> u32 {
        self.records.push(None);
        self.base.first_id + self.records.len() as u32 - 1
    }

    fn add(&mut self, record: Record) -> u32 {
        self.records.push(Some(record));
        self.base.first_id + self.records.len() as u32 - 1
    }

    fn set(&mut self, id: u32, record: Record) {
        self.records[(id - self.base.first_id) as usize] = Some(record);
    }

    fn enumeration(&mut self, enumeration: &Enumeration) -> (u32, u32, u32) {
        let id = self.add(Record::Enum {
            name: enumeration.name.clone(),
            enumerators: enumeration.enumerators.clone(),
        });
        (id, 4, 4)
    }

    /// Lays out a struct or union with a body (reserved already when it is named); the
    /// id, size and alignment.
    fn composite(&mut self, composite: &Composite) -> Result<(u32, u32, u32), String> {
        let id = match self.defined.get(&(composite.union, composite.name.clone())) {
            Some(id) if !composite.name.is_empty() => *id,
            _ => self.reserve(),
        };
        if let Some((size, alignment)) = self.layouts.get(&id) {
            return Ok((id, *size, *alignment));
        }
        // Marks it as being laid out, so that a struct holding itself is an error.
        self.layouts.insert(id, (0, 0));
        let mut members = Vec::new();
        // The next free bit, and the size so far in bytes.
        let mut next_bit = 0u32;
        let mut size = 0u32;
        let mut alignment = 1u32;
        for member in composite.members.iter().flatten() {
            let (type_id, member_size, member_alignment) = self.member_type(&member.ty)?;
            let member_alignment = if composite.packed {
                1
            } else {
                member_alignment
            };
            let Some(bits) = member.bits else {
                alignment = alignment.max(member_alignment);
                let member_offset = if composite.union {
                    0
                } else {
                    next_bit.div_ceil(8).next_multiple_of(member_alignment)
                };
                members.push((member.name.clone(), type_id, member_offset * 8, None));
                if !composite.union {
                    next_bit = (member_offset + member_size) * 8;
                }
                size = size.max(member_offset + member_size);
                continue;
            };
            // A bitfield shares its declared type's storage unit with its neighbours and
            // starts the next unit when it would straddle one (unless packed); width 0
            // jumps to the next unit. Unnamed bitfields do not align the struct.
            let unit = member_size * 8;
            if bits > unit {
                return Err(format!(
                    "the bitfield `{}` is wider than its type ({unit} bits)",
                    member.name
                ));
            }
            let start = if composite.union {
                0
            } else if bits == 0
                || (!composite.packed && next_bit / unit != (next_bit + bits - 1) / unit)
            {
                next_bit.next_multiple_of(unit)
            } else {
                next_bit
            };
            if !member.name.is_empty() {
                alignment = alignment.max(member_alignment);
                members.push((member.name.clone(), type_id, start, Some(bits)));
            }
            if !composite.union {
                next_bit = start + bits;
            }
            size = size.max((start + bits).div_ceil(8));
        }
        let size = size.next_multiple_of(alignment);
        self.set(
            id,
            Record::Composite {
                union: composite.union,
                name: composite.name.clone(),
                size,
                members,
            },
        );
        self.layouts.insert(id, (size, alignment));
        Ok((id, size, alignment))
    }

    /// The id, size and alignment of a member's type.
    fn member_type(&mut self, ty: &CType) -> Result<(u32, u32, u32), String> {
        match ty {
            CType::Integer {
                bytes,
                signed,
                name,
            } => {
                let id = self.add(Record::Integer {
                    name: name.clone(),
                    bytes: *bytes,
                    signed: *signed,
                });
                Ok((id, *bytes, *bytes))
            }
            CType::Named(name) if self.typedefs.contains_key(name) => Ok(self.typedefs[name]),
            CType::Named(name) => (self.base.named)(name)
                .map(|found| (found.id, found.size, found.alignment))
                .ok_or_else(|| format!("unknown type `{name}`")),
            CType::Enum(enumeration) => Ok(self.enumeration(enumeration)),
            CType::EnumReference(name) => {
                let found = self
                    .definitions
                    .iter()
                    .find_map(|definition| match definition {
                        Definition::Enum(enumeration) if enumeration.name == *name => {
                            Some(enumeration)
                        }
                        _ => None,
                    });
                match found {
                    Some(enumeration) => Ok(self.enumeration(enumeration)),
                    None => Err(format!("unknown type enum {name}")),
                }
            }
            CType::Composite(composite) if composite.members.is_some() => self.composite(composite),
            CType::Composite(composite) => {
                let keyword = if composite.union { "union" } else { "struct" };
                let key = (composite.union, composite.name.clone());
                if self.defined.contains_key(&key) {
                    let definition = self.definitions.iter().find_map(|definition| {
                        named_composite(definition).filter(|found| {
                            found.union == composite.union && found.name == composite.name
                        })
                    });
                    let Some(definition) = definition else {
                        return Err(format!("unknown type {keyword} {}", composite.name));
                    };
                    let (id, size, alignment) = self.composite(definition)?;
                    if size == 0 && alignment == 0 {
                        return Err(format!("{keyword} {} contains itself", composite.name));
                    }
                    return Ok((id, size, alignment));
                }
                (self.base.composite)(&composite.name, composite.union)
                    .map(|found| (found.id, found.size, found.alignment))
                    .ok_or_else(|| format!("unknown type {keyword} {}", composite.name))
            }
            CType::Pointer(target) => {
                let target = self.pointer_target(target)?;
                let id = self.add(Record::Pointer(target));
                Ok((id, 8, 8))
            }
            CType::Array(element, length) => {
                let (element, size, alignment) = self.member_type(element)?;
                let index = self.index_type();
                let id = self.add(Record::Array {
                    element,
                    index,
                    length: *length,
                });
                Ok((id, size * length, alignment))
            }
        }
    }

    /// What a pointer member points to: struct references need no layout (`struct foo
    /// *next` inside `struct foo`), and unknown structs become forward declarations, as in C.
    fn pointer_target(&mut self, ty: &CType) -> Result<u32, String> {
        if let CType::Composite(composite) = ty
            && composite.members.is_none()
        {
            if let Some(id) = self.defined.get(&(composite.union, composite.name.clone())) {
                return Ok(*id);
            }
            if let Some(found) = (self.base.composite)(&composite.name, composite.union) {
                return Ok(found.id);
            }
            return Ok(self.add(Record::Forward {
                union: composite.union,
                name: composite.name.clone(),
            }));
        }
        if let CType::Named(name) = ty
            && name == "void"
        {
            return Ok(0);
        }
        Ok(self.member_type(ty)?.0)
    }

    fn index_type(&mut self) -> u32 {
        if let Some(id) = self.index_type {
            return id;
        }
        let id = self.add(Record::Integer {
            name: "__ARRAY_SIZE_TYPE__".to_string(),
            bytes: 4,
            signed: false,
        });
        self.index_type = Some(id);
        id
    }

    /// The split section: header, type records, strings (whose offsets continue the
    /// kernel's string table).
    fn encode(&self) -> Vec<u8> {
        let mut strings = vec![0u8];
        let mut string_offsets: HashMap<String, u32> = HashMap::new();
        let mut name = |text: &str| -> u32 {
            if text.is_empty() {
                return 0;
            }
            if let Some(offset) = string_offsets.get(text) {
                return *offset;
            }
            let offset = self.base.string_length + strings.len() as u32;
            strings.extend_from_slice(text.as_bytes());
            strings.push(0);
            string_offsets.insert(text.to_string(), offset);
            offset
        };
        let mut types = Vec::new();
        let mut push = |values: &[u32]| {
            for value in values {
                types.extend_from_slice(&value.to_le_bytes());
            }
        };
        const INT: u32 = 1;
        const PTR: u32 = 2;
        const ARRAY: u32 = 3;
        const STRUCT: u32 = 4;
        const UNION: u32 = 5;
        const ENUM: u32 = 6;
        const FWD: u32 = 7;
        const TYPEDEF: u32 = 8;
        let info = |kind: u32, vlen: usize, flag: bool| {
            (vlen as u32 & 0xffff) | (kind << 24) | (u32::from(flag) << 31)
        };
        for record in self.records.iter().flatten() {
            match record {
                Record::Integer {
                    name: text,
                    bytes,
                    signed,
                } => {
                    let encoding = u32::from(*signed);
                    push(&[
                        name(text),
                        info(INT, 0, false),
                        *bytes,
                        (encoding << 24) | (bytes * 8),
                    ]);
                }
                Record::Pointer(target) => push(&[0, info(PTR, 0, false), *target]),
                Record::Array {
                    element,
                    index,
                    length,
                } => push(&[0, info(ARRAY, 0, false), 0, *element, *index, *length]),
                Record::Composite {
                    union,
                    name: text,
                    size,
                    members,
                } => {
                    let kind = if *union { UNION } else { STRUCT };
                    // With bitfields, kind_flag says each member's offset word holds the
                    // width in its top 8 bits (0 for the others).
                    let bitfields = members.iter().any(|(.., bits)| bits.is_some());
                    push(&[name(text), info(kind, members.len(), bitfields), *size]);
                    for (member, type_id, bit_offset, bits) in members {
                        let offset = match bits {
                            Some(bits) if bitfields => (bits << 24) | bit_offset,
                            _ => *bit_offset,
                        };
                        push(&[name(member), *type_id, offset]);
                    }
                }
                Record::Enum {
                    name: text,
                    enumerators,
                } => {
                    let signed = enumerators.iter().any(|(_, value)| *value < 0);
                    push(&[name(text), info(ENUM, enumerators.len(), signed), 4]);
                    for (enumerator, value) in enumerators {
                        push(&[name(enumerator), *value as u32]);
                    }
                }
                Record::Typedef { name: text, target } => {
                    push(&[name(text), info(TYPEDEF, 0, false), *target]);
                }
                Record::Forward { union, name: text } => {
                    push(&[name(text), info(FWD, 0, *union), 0]);
                }
            }
        }
        let mut output = Vec::new();
        output.extend_from_slice(&0xeb9fu16.to_le_bytes());
        output.push(1); // version
        output.push(0); // flags
        for value in [
            24u32,
            0,
            types.len() as u32,
            types.len() as u32,
            strings.len() as u32,
        ] {
            output.extend_from_slice(&value.to_le_bytes());
        }
        output.extend_from_slice(&types);
        output.extend_from_slice(&strings);
        output
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_members_arrays_pointers_and_nesting() {
        let parsed = parse(
            "struct foo { unsigned long long a; char name[16], *p; struct foo *next; \
             union { int x; short y; }; const u32 z; };",
        )
        .unwrap();
        let Definition::Composite(composite) = parsed else {
            panic!("{parsed:?}")
        };
        let members = composite.members.unwrap();
        let names: Vec<&str> = members.iter().map(|member| member.name.as_str()).collect();
        assert_eq!(names, ["a", "name", "p", "next", "", "z"]);
        assert!(matches!(members[1].ty, CType::Array(_, 16)));
        assert!(matches!(members[2].ty, CType::Pointer(_)));
    }

    #[test]
    fn enums_count_from_the_last_value() {
        let parsed = parse("enum color { RED, GREEN = 5, BLUE, NEG = -1 }").unwrap();
        assert_eq!(
            parsed,
            Definition::Enum(Enumeration {
                name: "color".to_string(),
                enumerators: vec![
                    ("RED".to_string(), 0),
                    ("GREEN".to_string(), 5),
                    ("BLUE".to_string(), 6),
                    ("NEG".to_string(), -1)
                ],
            })
        );
    }

    #[test]
    fn typedefs_name_one_type() {
        let parsed = parse("typedef struct { int a; } pair_t;").unwrap();
        let Definition::Typedef { name, ty } = parsed else {
            panic!("{parsed:?}")
        };
        assert_eq!(name, "pair_t");
        assert!(matches!(ty, CType::Composite(_)));
        assert!(matches!(
            parse("typedef unsigned long word_t;").unwrap(),
            Definition::Typedef {
                ty: CType::Integer { bytes: 8, .. },
                ..
            }
        ));
    }

    #[test]
    fn bitfields_and_function_pointers_parse() {
        let parsed = parse(
            "struct s { int a : 3, : 0; unsigned b:5; void (*callback)(int, char *(*)(void)); };",
        )
        .unwrap();
        let Definition::Composite(composite) = parsed else {
            panic!("{parsed:?}")
        };
        let members = composite.members.unwrap();
        let shapes: Vec<(&str, Option<u32>)> = members
            .iter()
            .map(|member| (member.name.as_str(), member.bits))
            .collect();
        assert_eq!(
            shapes,
            [
                ("a", Some(3)),
                ("", Some(0)),
                ("b", Some(5)),
                ("callback", None)
            ]
        );
        assert!(matches!(members[3].ty, CType::Pointer(_)));
        assert_eq!(
            parse("struct s { int a : 65; };").unwrap_err(),
            "the width of the bitfield `a` must be an integer up to 64, not `65`"
        );
    }
}
