//! Kernel types from BTF: what `curtask->real_parent->tgid` and `(struct sock *)arg0` mean.
//!
//! In: a vmlinux BTF file (/sys/kernel/btf/vmlinux by default, or `btc build --btf FILE`
//! for another kernel) and names from the script. Out: struct and union ids, the path of
//! member indexes that reaches a field (through anonymous members), and each field's
//! [`FieldKind`]. Reading the BTF is left to `btf-rs`; the offsets found here are the build
//! host's, and every access that uses one also carries a CO-RE relocation, so the tool reads
//! the right field on the kernel it runs on.
//!
//! The kernel's BTF is memory-mapped rather than parsed: a script names a few dozen types of
//! the ~150,000 in vmlinux, and parsing all of them costs ~60 ms, more than the rest of the
//! front end together. Lookups by name scan the mapped type section, so their answers are
//! cached here.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use btf_rs::{Backend, Btf, BtfType, Type};

use crate::preamble::BaseType;

/// Where the kernel's own BTF is.
pub const VMLINUX_BTF: &str = "/sys/kernel/btf/vmlinux";

pub struct KernelTypes {
    btf: Btf,
    pub path: PathBuf,
    /// Every enumerator of every enum, by name; built on first use.
    enumerators: OnceCell<HashMap<String, Enumerator>>,
    /// The ids found for each name looked up so far.
    ids_by_name: RefCell<HashMap<String, Vec<u32>>>,
    /// The length of the kernel's BTF string table (split sections continue it).
    string_length: u32,
    /// The first id of the script's own types (its preamble's definitions, a split BTF
    /// section on top of the kernel's); `u32::MAX` when it has none.
    first_defined: u32,
}

/// A constant of a kernel enum, usable in a script as an identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Enumerator {
    /// The BTF id of its enum.
    pub enum_id: u32,
    /// Its index in the enum (the CO-RE access string of an ENUMVAL relocation).
    pub index: u32,
    /// Its value on the build host.
    pub value: i64,
    /// Whether libbpf can relocate it: a named 32-bit enum (anonymous enums have no name to
    /// match on the target, and 64-bit values do not fit a `mov` immediate).
    pub relocatable: bool,
}

/// What a field holds, once typedefs and qualifiers are looked through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Integer {
        bytes: u32,
        signed: bool,
    },
    /// An enum of this many bytes.
    Enum {
        bytes: u32,
        signed: bool,
    },
    /// A pointer; `to_composite` is the struct or union it points to, if it does.
    Pointer {
        to_composite: Option<u32>,
    },
    /// `char name[length]`.
    CharArray {
        length: u32,
    },
    /// A struct or union embedded in place.
    Composite {
        id: u32,
    },
    /// Anything btc cannot read yet (bitfields, other arrays, floats, function pointers...).
    Unsupported,
}

/// Where a bitfield's bits are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bitfield {
    pub bit_offset: u32,
    pub bits: u32,
}

/// A field found in a struct: how to reach it and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Member indexes from the struct, one per level of anonymous struct or union.
    pub path: Vec<u32>,
    /// Byte offset from the start of the struct on the build host (of the byte holding a
    /// bitfield's first bit).
    pub offset: u32,
    /// For a bitfield: its width and its bit offset from the start of the struct.
    pub bitfield: Option<Bitfield>,
    pub kind: FieldKind,
    /// The member's type id (before looking through typedefs).
    pub type_id: u32,
}

/// A kernel function's or raw tracepoint's parameters, as `args` sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub parameters: Vec<Parameter>,
    /// The return type's id; 0 for `void` (and for raw tracepoints, which return nothing).
    pub return_type: u32,
}

/// One parameter: its name (empty when BTF has none) and type id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter {
    pub name: String,
    pub type_id: u32,
}

/// What a pointer type points to, through all its levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PointerShape {
    pub depth: u8,
    pub composite: Option<u32>,
    /// The integer at the end (size in bytes, signed).
    pub integer: Option<(u8, bool)>,
}

impl KernelTypes {
    pub fn load(path: &Path) -> Result<KernelTypes, String> {
        // Kernels before 6.16 cannot map /sys/kernel/btf/vmlinux: there the whole file is
        // read at once (btf-rs's file reader makes many small reads, slow on sysfs) and
        // parsed.
        match Btf::from_file_with_backend(path, Backend::Mmap) {
            Ok(btf) => {
                // btf_header: magic, version, flags, hdr_len, type_off, type_len, str_off,
                // then str_len at byte 20.
                let mut header = [0u8; 24];
                std::fs::File::open(path)
                    .and_then(|mut file| std::io::Read::read_exact(&mut file, &mut header))
                    .map_err(|error| Self::unreadable(path, &error))?;
                Ok(Self::new(btf, path, &header))
            }
            Err(_) => {
                let bytes = std::fs::read(path).map_err(|error| Self::unreadable(path, &error))?;
                Self::parse(&bytes, path)
            }
        }
    }

    /// The kernel types in `bytes`, a BTF file read from `path`, parsed whole.
    fn parse(bytes: &[u8], path: &Path) -> Result<KernelTypes, String> {
        let btf = Btf::from_bytes(bytes).map_err(|error| Self::unreadable(path, &error))?;
        Ok(Self::new(btf, path, bytes))
    }

    fn new(btf: Btf, path: &Path, header: &[u8]) -> KernelTypes {
        let string_length = header.get(20..24).map_or(0, |field| {
            u32::from_le_bytes(field.try_into().unwrap_or([0; 4]))
        });
        KernelTypes {
            btf,
            path: path.to_path_buf(),
            enumerators: OnceCell::new(),
            ids_by_name: RefCell::new(HashMap::new()),
            string_length,
            first_defined: u32::MAX,
        }
    }

    fn unreadable(path: &Path, error: &dyn std::fmt::Display) -> String {
        format!("cannot read kernel types from {}: {error}", path.display())
    }

    /// The ids of every type called `name`.
    fn ids_named(&self, name: &str) -> Vec<u32> {
        if let Some(ids) = self.ids_by_name.borrow().get(name) {
            return ids.clone();
        }
        let ids = self.btf.resolve_ids_by_name(name).unwrap_or_default();
        self.ids_by_name
            .borrow_mut()
            .insert(name.to_string(), ids.clone());
        ids
    }

    /// The type id of the kernel variable `name` (a BTF VAR: vmlinux BTF has the per-CPU
    /// variables).
    pub fn variable(&self, name: &str) -> Option<u32> {
        self.ids_named(name)
            .into_iter()
            .find_map(|id| match self.btf.resolve_type_by_id(id) {
                Ok(Type::Var(variable)) => variable.get_type_id(),
                _ => None,
            })
    }

    /// The id of `struct NAME` (or `union NAME`). The script's own definition wins over
    /// the kernel's, as in bpftrace, where the preamble's types override BTF's.
    pub fn composite(&self, name: &str, union: bool) -> Option<u32> {
        self.ids_named(name)
            .into_iter()
            .filter(|id| {
                matches!(
                    (self.btf.resolve_type_by_id(*id), union),
                    (Ok(Type::Struct(_)), false) | (Ok(Type::Union(_)), true)
                )
            })
            .max_by_key(|id| (*id >= self.first_defined, std::cmp::Reverse(*id)))
    }

    /// The struct or union a typedef `name` stands for (the script's typedef first).
    pub fn typedef_composite(&self, name: &str) -> Option<u32> {
        self.ids_named(name)
            .into_iter()
            .filter(|id| matches!(self.btf.resolve_type_by_id(*id), Ok(Type::Typedef(_))))
            .max_by_key(|id| (*id >= self.first_defined, std::cmp::Reverse(*id)))
            .and_then(|id| match self.kind(id) {
                FieldKind::Composite { id } => Some(id),
                _ => None,
            })
    }

    /// Whether type `id` comes from the script's preamble rather than the kernel: its
    /// fields have the script's layout and are read without CO-RE relocations.
    pub fn is_script_type(&self, id: u32) -> bool {
        id >= self.first_defined
    }

    /// Adds the preamble's struct, union and enum definitions as a split BTF section on
    /// top of the kernel's. An error names the definition (its index) that failed.
    pub fn define(
        &mut self,
        definitions: &[crate::preamble::Definition],
    ) -> Result<(), (usize, String)> {
        if definitions.is_empty() {
            return Ok(());
        }
        // Ids are dense from 1: the kernel's type count is the first id that does not
        // resolve.
        let (mut low, mut high) = (1u32, 1u32 << 24);
        while low < high {
            let middle = low + (high - low) / 2;
            if self.btf.resolve_type_by_id(middle).is_ok() {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        let first_id = low;
        let composite = |name: &str, union: bool| {
            let id = self.composite(name, union)?;
            Some(BaseType {
                id,
                size: self.size(id),
                alignment: self.alignment(id),
            })
        };
        let named = |name: &str| {
            self.ids_named(name)
                .into_iter()
                .find_map(|id| match self.btf.resolve_type_by_id(id) {
                    Ok(Type::Typedef(_) | Type::Int(_)) => {
                        let (size, alignment) = match self.kind(id) {
                            FieldKind::Integer { bytes, .. } | FieldKind::Enum { bytes, .. } => {
                                (bytes, bytes)
                            }
                            FieldKind::Pointer { .. } => (8, 8),
                            FieldKind::Composite { id: inner } => {
                                (self.size(inner), self.alignment(inner))
                            }
                            _ => return None,
                        };
                        Some(BaseType {
                            id,
                            size,
                            alignment,
                        })
                    }
                    _ => None,
                })
        };
        let base = crate::preamble::Base {
            first_id,
            string_length: self.string_length,
            composite: &composite,
            named: &named,
        };
        let bytes = crate::preamble::split_btf(definitions, &base)?;
        let split = Btf::from_split_bytes(&bytes, &self.btf)
            .map_err(|error| (0, format!("cannot encode the preamble's types: {error}")))?;
        self.btf = split;
        self.ids_by_name = RefCell::new(HashMap::new());
        self.first_defined = first_id;
        self.enumerators = OnceCell::new();
        Ok(())
    }

    /// The alignment of struct or union `id`: its largest member's (1 for an empty one).
    pub fn alignment(&self, id: u32) -> u32 {
        let mut alignment = 1;
        for (_, type_id, _, _) in self.members(id) {
            let member = match self.kind(type_id) {
                FieldKind::Integer { bytes, .. } | FieldKind::Enum { bytes, .. } => bytes,
                FieldKind::Pointer { .. } => 8,
                FieldKind::Composite { id } => self.alignment(id),
                FieldKind::CharArray { .. } => 1,
                FieldKind::Unsupported => match self.array(type_id) {
                    Some((element, _)) => match self.kind(element) {
                        FieldKind::Integer { bytes, .. } | FieldKind::Enum { bytes, .. } => bytes,
                        FieldKind::Pointer { .. } => 8,
                        FieldKind::Composite { id } => self.alignment(id),
                        _ => 1,
                    },
                    None => 1,
                },
            };
            alignment = alignment.max(member);
        }
        alignment
    }

    /// The type `id` refers to after typedefs, `const`, `volatile` and the like.
    pub fn strip(&self, mut id: u32) -> (u32, Option<Type>) {
        for _ in 0..32 {
            let Ok(found) = self.btf.resolve_type_by_id(id) else {
                return (id, None);
            };
            let next = match &found {
                Type::Typedef(inner) => inner.get_type_id(),
                Type::Const(inner) | Type::Volatile(inner) | Type::Restrict(inner) => {
                    inner.get_type_id()
                }
                Type::TypeTag(inner) => inner.get_type_id(),
                _ => None,
            };
            match next {
                Some(next) => id = next,
                None => return (id, Some(found)),
            }
        }
        (id, None)
    }

    pub fn name(&self, id: u32) -> String {
        self.btf
            .resolve_type_by_id(id)
            .ok()
            .and_then(|found| {
                found
                    .as_btf_type()
                    .and_then(|named| self.btf.resolve_name(named).ok())
            })
            .unwrap_or_default()
    }

    /// Byte size of struct or union `id`.
    pub fn size(&self, id: u32) -> u32 {
        match self.btf.resolve_type_by_id(id) {
            Ok(Type::Struct(composite) | Type::Union(composite)) => composite.size() as u32,
            _ => 0,
        }
    }

    /// The members of struct or union `id`: name, type id, bit offset, bitfield size.
    pub fn members(&self, id: u32) -> Vec<(String, u32, u32, Option<u32>)> {
        match self.btf.resolve_type_by_id(id) {
            Ok(Type::Struct(composite) | Type::Union(composite)) => composite
                .members
                .iter()
                .map(|member| {
                    let name = self.btf.resolve_name(member).unwrap_or_default();
                    let bitfield = member.bitfield_size().filter(|size| *size != 0);
                    (
                        name,
                        member.get_type_id().unwrap_or(0),
                        member.bit_offset(),
                        bitfield,
                    )
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Finds `name` in struct or union `id`, looking inside anonymous members as C does.
    pub fn field(&self, id: u32, name: &str) -> Option<Field> {
        for (index, (member_name, type_id, bit_offset, bitfield)) in
            self.members(id).into_iter().enumerate()
        {
            if member_name == name {
                let bitfield = match bitfield {
                    Some(bits) => Some(Bitfield { bit_offset, bits }),
                    // A member that does not start on a byte is a bitfield too (BTF without
                    // kind_flag gives its width as the type's).
                    None if bit_offset % 8 != 0 => Some(Bitfield {
                        bit_offset,
                        bits: match self.kind(type_id) {
                            FieldKind::Integer { bytes, .. } | FieldKind::Enum { bytes, .. } => {
                                bytes * 8
                            }
                            _ => 0,
                        },
                    }),
                    None => None,
                };
                let kind = self.kind(type_id);
                let kind = match (bitfield, kind) {
                    (None, kind) => kind,
                    (Some(_), FieldKind::Integer { .. } | FieldKind::Enum { .. }) => kind,
                    (Some(_), _) => FieldKind::Unsupported,
                };
                return Some(Field {
                    path: vec![index as u32],
                    offset: bit_offset / 8,
                    bitfield,
                    kind,
                    type_id,
                });
            }
            if member_name.is_empty() {
                let (inner, _) = self.strip(type_id);
                if let Some(mut found) = self.field(inner, name) {
                    found.path.insert(0, index as u32);
                    found.offset += bit_offset / 8;
                    if let Some(bitfield) = &mut found.bitfield {
                        bitfield.bit_offset += bit_offset;
                    }
                    return Some(found);
                }
            }
        }
        None
    }

    /// The enumerators of the enum `type_id` (through typedefs), as (value, name) pairs,
    /// the value zero-extended from the enum's size; empty when it is not an enum.
    pub fn enumerators(&self, type_id: u32) -> Vec<(u64, String)> {
        let name = |member: &dyn BtfType| self.btf.resolve_name(member).unwrap_or_default();
        match self.strip(type_id).1 {
            Some(Type::Enum(enumeration)) => {
                let mask = match enumeration.size() {
                    size @ 1..=7 => (1u64 << (8 * size)) - 1,
                    _ => u64::MAX,
                };
                enumeration
                    .members
                    .iter()
                    .map(|member| (u64::from(member.val()) & mask, name(member)))
                    .collect()
            }
            Some(Type::Enum64(enumeration)) => enumeration
                .members
                .iter()
                .map(|member| (member.val(), name(member)))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The id of the enum named `name` (`enum NAME` in C), if the kernel has one.
    pub fn enum_named(&self, name: &str) -> Option<u32> {
        self.ids_named(name).into_iter().find(|id| {
            matches!(
                self.btf.resolve_type_by_id(*id),
                Ok(Type::Enum(_) | Type::Enum64(_))
            )
        })
    }

    /// The names of the fields of struct or union `id` (for "did you mean" help).
    pub fn field_names(&self, id: u32) -> Vec<String> {
        self.members(id)
            .into_iter()
            .map(|(name, ..)| name)
            .filter(|name| !name.is_empty())
            .collect()
    }

    pub fn kind(&self, type_id: u32) -> FieldKind {
        let (id, found) = self.strip(type_id);
        match found {
            Some(Type::Int(integer)) if matches!(integer.size(), 1 | 2 | 4 | 8) => {
                FieldKind::Integer {
                    bytes: integer.size() as u32,
                    signed: integer.is_signed(),
                }
            }
            Some(Type::Enum(enumeration)) => FieldKind::Enum {
                bytes: enumeration.size() as u32,
                signed: enumeration.is_signed(),
            },
            Some(Type::Enum64(enumeration)) => FieldKind::Enum {
                bytes: 8,
                signed: enumeration.is_signed(),
            },
            Some(Type::Ptr(pointer)) => {
                let target = pointer.get_type_id().map(|target| self.strip(target));
                let to_composite = match target {
                    Some((target, Some(Type::Struct(_) | Type::Union(_)))) => Some(target),
                    _ => None,
                };
                FieldKind::Pointer { to_composite }
            }
            Some(Type::Array(array)) => {
                let element = array.get_type_id().map(|element| self.strip(element).1);
                match element {
                    Some(Some(Type::Int(integer))) if integer.size() == 1 => FieldKind::CharArray {
                        length: array.len() as u32,
                    },
                    _ => FieldKind::Unsupported,
                }
            }
            Some(Type::Struct(_) | Type::Union(_)) => FieldKind::Composite { id },
            _ => FieldKind::Unsupported,
        }
    }

    /// The element type id and length of `type_id` when it is an array (after typedefs).
    pub fn array(&self, type_id: u32) -> Option<(u32, u32)> {
        match self.strip(type_id).1 {
            Some(Type::Array(array)) => Some((array.get_type_id()?, array.len() as u32)),
            _ => None,
        }
    }

    /// How many parameters the kernel function `name` takes (fexit's return value follows
    /// them in its context).
    pub fn parameter_count(&self, name: &str) -> Option<usize> {
        self.ids_named(name).into_iter().find_map(|id| {
            match self.btf.resolve_type_by_id(id).ok()? {
                Type::Func(function) => {
                    match self.btf.resolve_type_by_id(function.get_type_id()?) {
                        Ok(Type::FuncProto(prototype)) => Some(prototype.parameters.len()),
                        _ => None,
                    }
                }
                _ => None,
            }
        })
    }

    /// How many parameters the function `name` of kernel module `module` takes, from the
    /// module's BTF (`/sys/kernel/btf/MODULE`, split BTF on top of the kernel's).
    pub fn module_parameter_count(&self, module: &str, name: &str) -> Result<usize, String> {
        let path = Path::new("/sys/kernel/btf").join(module);
        let btf = Btf::from_split_file(&path, &self.btf).map_err(|error| {
            format!(
                "cannot read the BTF of module `{module}` from {}: {error} (is the module loaded?)",
                path.display()
            )
        })?;
        let prototype = btf
            .resolve_ids_by_name(name)
            .unwrap_or_default()
            .into_iter()
            .find_map(|id| match btf.resolve_type_by_id(id).ok()? {
                Type::Func(function) => match btf.resolve_type_by_id(function.get_type_id()?) {
                    Ok(Type::FuncProto(prototype)) => Some(prototype.parameters.len()),
                    _ => None,
                },
                _ => None,
            });
        prototype.ok_or_else(|| {
            format!(
                "the BTF of module `{module}` ({}) has no function {name}",
                path.display()
            )
        })
    }

    /// The parameters and return type (0 for `void`) of the kernel function `name`, from
    /// its FUNC_PROTO: what `args` holds in fentry and fexit probes.
    pub fn function_signature(&self, name: &str) -> Option<Signature> {
        self.ids_named(name).into_iter().find_map(|id| {
            match self.btf.resolve_type_by_id(id).ok()? {
                Type::Func(function) => self.signature(function.get_type_id()?, 0),
                _ => None,
            }
        })
    }

    /// Whether the kernel has the raw tracepoint `event`: the `btf_trace_<event>` typedef
    /// that tp_btf programs attach through.
    pub fn has_raw_tracepoint(&self, event: &str) -> bool {
        self.ids_named(&format!("btf_trace_{event}"))
            .into_iter()
            .any(|id| matches!(self.btf.resolve_type_by_id(id), Ok(Type::Typedef(_))))
    }

    /// The arguments of the raw tracepoint `event`. The `btf_trace_<event>` typedef has
    /// their types but not their names, so they come from the functions the kernel builds
    /// with the same prototype: `__probestub_<event>` (6.5 and later), else
    /// `__traceiter_<event>`. Both start with the `void *__data` cookie, left out here.
    pub fn raw_tracepoint_signature(&self, event: &str) -> Option<Signature> {
        ["__probestub_", "__traceiter_"].iter().find_map(|prefix| {
            self.ids_named(&format!("{prefix}{event}"))
                .into_iter()
                .find_map(|id| match self.btf.resolve_type_by_id(id).ok()? {
                    Type::Func(function) => {
                        let mut signature = self.signature(function.get_type_id()?, 1)?;
                        // The iterator's `int` result is not the tracepoint's.
                        signature.return_type = 0;
                        Some(signature)
                    }
                    _ => None,
                })
        })
    }

    /// The FUNC_PROTO `id` as a signature, without its first `skip` parameters.
    fn signature(&self, id: u32, skip: usize) -> Option<Signature> {
        let Ok(Type::FuncProto(prototype)) = self.btf.resolve_type_by_id(id) else {
            return None;
        };
        let parameters = prototype
            .parameters
            .iter()
            .skip(skip)
            .filter(|parameter| !parameter.is_variadic())
            .map(|parameter| Parameter {
                name: self.btf.resolve_name(parameter).unwrap_or_default(),
                type_id: parameter.get_type_id().unwrap_or(0),
            })
            .collect();
        Some(Signature {
            parameters,
            return_type: prototype.return_type_id(),
        })
    }

    /// The pointer type `type_id` (after typedefs): how many pointer levels it has, the
    /// struct or union at the end of them and, when it ends at an integer instead, that
    /// integer's size in bytes and sign.
    pub fn pointer_shape(&self, type_id: u32) -> Option<PointerShape> {
        let mut depth = 0u8;
        let mut id = type_id;
        loop {
            let (stripped, found) = self.strip(id);
            match found {
                Some(Type::Ptr(pointer)) => {
                    depth = depth.checked_add(1)?;
                    id = pointer.get_type_id().unwrap_or(0);
                    if id == 0 {
                        break;
                    }
                }
                Some(Type::Struct(_) | Type::Union(_)) if depth > 0 => {
                    return Some(PointerShape {
                        depth,
                        composite: Some(stripped),
                        integer: None,
                    });
                }
                Some(Type::Int(integer))
                    if depth > 0 && matches!(integer.size(), 1 | 2 | 4 | 8) =>
                {
                    return Some(PointerShape {
                        depth,
                        composite: None,
                        integer: Some((integer.size() as u8, integer.is_signed())),
                    });
                }
                _ if depth > 0 => break,
                _ => return None,
            }
        }
        Some(PointerShape {
            depth,
            composite: None,
            integer: None,
        })
    }

    /// Whether the pointer `type_id` carries the `user` type tag (`char __user *` on
    /// kernels built with clang): it points into user memory.
    pub fn is_user_pointer(&self, type_id: u32) -> bool {
        let mut id = type_id;
        for _ in 0..32 {
            let next = match self.btf.resolve_type_by_id(id) {
                Ok(Type::Typedef(inner)) => inner.get_type_id(),
                Ok(Type::Const(inner) | Type::Volatile(inner)) => inner.get_type_id(),
                Ok(Type::Ptr(pointer)) => pointer.get_type_id(),
                Ok(Type::TypeTag(tag)) => {
                    if self.btf.resolve_name(&tag).is_ok_and(|name| name == "user") {
                        return true;
                    }
                    tag.get_type_id()
                }
                _ => None,
            };
            match next {
                Some(next) if next != 0 => id = next,
                _ => return false,
            }
        }
        false
    }

    /// Type `type_id` spelled as C declares it (`struct file *`, `const char *`, `size_t`),
    /// as bpftrace's `-lv` listing shows parameters.
    pub fn declaration(&self, type_id: u32) -> String {
        if type_id == 0 {
            return "void".to_string();
        }
        let named = |kind: &str| {
            let name = self.name(type_id);
            match (kind, name.is_empty()) {
                ("", _) => name,
                (kind, true) => format!("{kind} (anon)"),
                (kind, false) => format!("{kind} {name}"),
            }
        };
        match self.btf.resolve_type_by_id(type_id) {
            Ok(Type::Ptr(pointer)) => match self
                .btf
                .resolve_type_by_id(pointer.get_type_id().unwrap_or(0))
            {
                Ok(Type::FuncProto(_)) => "void (*)()".to_string(),
                _ => {
                    let inner = self.declaration(pointer.get_type_id().unwrap_or(0));
                    if inner.ends_with('*') {
                        format!("{inner}*")
                    } else {
                        format!("{inner} *")
                    }
                }
            },
            Ok(Type::Const(inner)) => format!(
                "const {}",
                self.declaration(inner.get_type_id().unwrap_or(0))
            ),
            Ok(Type::Volatile(inner)) => {
                format!(
                    "volatile {}",
                    self.declaration(inner.get_type_id().unwrap_or(0))
                )
            }
            Ok(Type::Restrict(inner)) => self.declaration(inner.get_type_id().unwrap_or(0)),
            Ok(Type::TypeTag(inner)) => self.declaration(inner.get_type_id().unwrap_or(0)),
            Ok(Type::Struct(_)) => named("struct"),
            Ok(Type::Union(_)) => named("union"),
            Ok(Type::Enum(_) | Type::Enum64(_)) => named("enum"),
            Ok(Type::Array(array)) => format!(
                "{}[{}]",
                self.declaration(array.get_type_id().unwrap_or(0)),
                array.len()
            ),
            _ => named(""),
        }
    }

    /// The enumerator called `name` in any kernel enum (the first enum that has it).
    pub fn enumerator(&self, name: &str) -> Option<Enumerator> {
        self.enumerators
            .get_or_init(|| self.all_enumerators())
            .get(name)
            .copied()
    }

    fn all_enumerators(&self) -> HashMap<String, Enumerator> {
        let mut found = HashMap::new();
        // Ids are dense from 1; the first id that does not resolve is the end.
        for enum_id in 1.. {
            let Ok(found_type) = self.btf.resolve_type_by_id(enum_id) else {
                break;
            };
            for (index, (name, value)) in self.enum_values(enum_id).into_iter().enumerate() {
                let named = !self.name(enum_id).is_empty();
                // The script's enums are not in the kernel: their values are plain.
                let script = self.is_script_type(enum_id);
                let relocatable = named
                    && !script
                    && matches!(found_type, Type::Enum(_))
                    && i32::try_from(value).is_ok();
                let enumerator = Enumerator {
                    enum_id,
                    index: index as u32,
                    value,
                    relocatable,
                };
                // The script's enumerators hide the kernel's of the same name.
                if script {
                    found.insert(name, enumerator);
                } else {
                    found.entry(name).or_insert(enumerator);
                }
            }
        }
        found
    }

    /// The enumerators of enum `id`: name and value.
    pub fn enum_values(&self, id: u32) -> Vec<(String, i64)> {
        match self.btf.resolve_type_by_id(id) {
            Ok(Type::Enum(enumeration)) => enumeration
                .members
                .iter()
                .map(|member| {
                    let value = if enumeration.is_signed() {
                        i64::from(member.val() as i32)
                    } else {
                        i64::from(member.val())
                    };
                    (self.btf.resolve_name(member).unwrap_or_default(), value)
                })
                .collect(),
            Ok(Type::Enum64(enumeration)) => enumeration
                .members
                .iter()
                .map(|member| {
                    (
                        self.btf.resolve_name(member).unwrap_or_default(),
                        member.val() as i64,
                    )
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Byte size of enum `id`.
    pub fn enum_size(&self, id: u32) -> u32 {
        match self.btf.resolve_type_by_id(id) {
            Ok(Type::Enum(enumeration)) => enumeration.size() as u32,
            Ok(Type::Enum64(_)) => 8,
            _ => 4,
        }
    }

    pub fn is_union(&self, id: u32) -> bool {
        matches!(self.btf.resolve_type_by_id(id), Ok(Type::Union(_)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vmlinux() -> Option<KernelTypes> {
        let loaded = KernelTypes::load(Path::new(VMLINUX_BTF));
        if loaded.is_err() {
            eprintln!("SKIP: {VMLINUX_BTF} is not readable");
        }
        loaded.ok()
    }

    #[test]
    fn finds_task_struct_fields() {
        let Some(types) = vmlinux() else { return };
        finds_task_struct_fields_in(&types);
    }

    /// Hosts whose kernel cannot map its BTF parse the whole file instead.
    #[test]
    fn parsed_types_answer_like_mapped_ones() {
        let Ok(bytes) = std::fs::read(VMLINUX_BTF) else {
            eprintln!("SKIP: {VMLINUX_BTF} is not readable");
            return;
        };
        let parsed = KernelTypes::parse(&bytes, Path::new(VMLINUX_BTF)).expect("parses");
        finds_task_struct_fields_in(&parsed);
        let mapped = vmlinux().expect("maps");
        assert_eq!(parsed.string_length, mapped.string_length);
        assert_eq!(
            parsed.composite("sock", false),
            mapped.composite("sock", false)
        );
    }

    fn finds_task_struct_fields_in(types: &KernelTypes) {
        let task = types.composite("task_struct", false).expect("task_struct");
        let parent = types.field(task, "real_parent").expect("real_parent");
        assert_eq!(
            parent.kind,
            FieldKind::Pointer {
                to_composite: Some(task)
            }
        );
        let tgid = types.field(task, "tgid").expect("tgid");
        assert_eq!(
            tgid.kind,
            FieldKind::Integer {
                bytes: 4,
                signed: true
            }
        );
        assert_eq!(
            types.field(task, "comm").expect("comm").kind,
            FieldKind::CharArray { length: 16 }
        );
        assert!(types.field(task, "no_such_field").is_none());
    }
}
