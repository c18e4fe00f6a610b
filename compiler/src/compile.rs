//! The pipeline, from script text to the payload of a tool.
//!
//! In: a script's source and name, and [`Options`]. Out: a [`Compilation`]: the BPF object,
//! the metadata the runtime needs, and the compiled programs (for `--emit asm`); or a
//! [`CompileError`]. Stages: parse (`syntax`), check (`semantic`), lower (`lower`),
//! generate code per program (`codegen`), write the object (`object::elf`).

use btc_payload::{Action, Metadata, Payload, Probe, UserMap};

use crate::codegen::{self, CodegenError, CompiledProgram};
use crate::core_types::{self, LocalTypes};
use crate::diagnostic::{self, Diagnostic};
use crate::ir::CoreKind;
use crate::object::elf::{self, ObjectError};
use crate::object::{
    CoreRelocation, CoreRelocationKind, LineInfo, ObjectFile, ProgramCode, Relocation,
    RelocationTarget, SUBPROGRAM_SECTION,
};
use crate::semantic::typed::{MapKey, TypedProgram};
use crate::semantic::{self, Options};
use crate::syntax::ast::Span;
use crate::{bpf, lower, syntax};

pub struct Compilation {
    pub object: Vec<u8>,
    pub metadata: Metadata,
    pub programs: Vec<CompiledProgram>,
    /// Warnings from the front end.
    pub warnings: Vec<Diagnostic>,
}

impl Compilation {
    pub fn payload(&self) -> Payload {
        Payload {
            metadata: self.metadata.clone(),
            object: self.object.clone(),
        }
    }

    /// The assembly listing of every program.
    pub fn listing(&self, source: &str) -> String {
        self.programs
            .iter()
            .map(|program| program.listing(source))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[derive(Debug)]
pub enum CompileError {
    /// Errors in the script, with their spans (and any warnings found with them).
    Script(Vec<Diagnostic>),
    Codegen(CodegenError),
    Object(ObjectError),
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompileError::Script(diagnostics) => {
                write!(f, "{} error(s) in the script", diagnostics.len())
            }
            CompileError::Codegen(error) => write!(f, "{error}"),
            CompileError::Object(error) => {
                write!(f, "internal error writing the BPF object: {error}")
            }
        }
    }
}

impl std::error::Error for CompileError {}

/// Parses and checks a script: the front end only (`btc check`).
pub fn check(
    source: &str,
    options: &Options,
) -> Result<(TypedProgram, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (program, mut diagnostics) = syntax::parse(source);
    if diagnostic::has_errors(&diagnostics) {
        return Err(diagnostics);
    }
    match semantic::check(&program, options) {
        Ok(typed) => {
            diagnostics.extend(typed.warnings.iter().cloned());
            Ok((typed, diagnostics))
        }
        Err(errors) => {
            diagnostics.extend(errors);
            Err(diagnostics)
        }
    }
}

pub fn compile(
    source: &str,
    script_name: &str,
    options: &Options,
) -> Result<Compilation, CompileError> {
    let (typed, warnings) = check(source, options).map_err(CompileError::Script)?;
    let lowered = lower::lower(&typed, source);
    let programs: Vec<CompiledProgram> = lowered
        .functions
        .iter()
        .map(codegen::compile)
        .collect::<Result<_, _>>()
        .map_err(CompileError::Codegen)?;

    let map_index = |name: &str| lowered.maps.iter().position(|map| map.name == name);
    let local_types = typed.kernel_types.as_ref().map(|types| {
        let accesses = programs.iter().flat_map(|program| &program.core_accesses);
        LocalTypes::build(&types.0, accesses)
    });
    let mut codes = Vec::with_capacity(programs.len());
    for program in &programs {
        let mut relocations = Vec::new();
        let mut lines: Vec<LineInfo> = Vec::new();
        for ((slot, instruction), position) in program.slots().zip(&program.positions) {
            if let bpf::Instruction::LoadImmediate64 { value, .. } = instruction {
                let target = match value {
                    bpf::Pseudo::Map(name) => Some(RelocationTarget::Map(
                        map_index(name).expect("lowering defines every map it uses"),
                    )),
                    bpf::Pseudo::Rodata(_) => Some(RelocationTarget::Rodata),
                    bpf::Pseudo::Function(name) => Some(RelocationTarget::Subprogram(
                        programs
                            .iter()
                            .position(|callee| callee.name == *name)
                            .expect("lowering defines every callback it uses"),
                    )),
                    bpf::Pseudo::KernelVariable(name) => Some(RelocationTarget::KernelVariable(
                        typed
                            .kernel_variables
                            .iter()
                            .position(|variable| variable.name == *name)
                            .expect("the checker lists every kernel variable it accepts"),
                    )),
                    bpf::Pseudo::Constant(_) => None,
                };
                if let Some(target) = target {
                    relocations.push(Relocation { slot, target });
                }
            }
            let changed = lines
                .last()
                .is_none_or(|last| (last.line, last.column) != (position.line, position.column));
            if position.line != 0 && changed {
                lines.push(LineInfo {
                    slot,
                    line: position.line,
                    column: position.column,
                });
            }
        }
        let slot_of: Vec<usize> = program.slots().map(|(slot, _)| slot).collect();
        let core_relocations = program
            .relocations
            .iter()
            .map(|(instruction, access)| {
                let access = &program.core_accesses[*access];
                let local = local_types
                    .as_ref()
                    .expect("field accesses need kernel types");
                CoreRelocation {
                    slot: slot_of[*instruction],
                    root: local.root(access),
                    access: core_types::access_string(access),
                    kind: match access.kind {
                        CoreKind::FieldByteOffset => CoreRelocationKind::FieldByteOffset,
                        CoreKind::FieldByteSize => CoreRelocationKind::FieldByteSize,
                        CoreKind::FieldLeftShift => CoreRelocationKind::FieldLeftShift,
                        CoreKind::FieldRightShift => CoreRelocationKind::FieldRightShift,
                        CoreKind::EnumValue => CoreRelocationKind::EnumValue,
                    },
                }
            })
            .collect();
        // The kernel wants a line record at a program's first instruction.
        if let Some(first) = lines.first_mut() {
            first.slot = 0;
        }
        codes.push(ProgramCode {
            name: program.name.clone(),
            section: program.section.clone(),
            code: program.code(),
            relocations,
            lines,
            core_relocations,
            subprogram: program.section == SUBPROGRAM_SECTION,
        });
    }
    let object_file = ObjectFile {
        programs: codes,
        maps: lowered.maps.clone(),
        rodata: vec![0; lowered.rodata_size as usize],
        license: "GPL".into(),
        source_name: script_name.to_string(),
        source: source.to_string(),
        types: local_types.map(|local| local.btf).unwrap_or_default(),
        kernel_variables: typed.kernel_variables.clone(),
    };
    let object = elf::write(&object_file).map_err(CompileError::Object)?;

    let (maps, mut actions) = user_maps(&typed);
    locate_actions(&mut actions, &typed.action_spans, source);
    let metadata = Metadata {
        btc_version: env!("CARGO_PKG_VERSION").to_string(),
        script_name: script_name.to_string(),
        script_sha256: btc_payload::sha256_hex(source.as_bytes()),
        description: description(source),
        probes: typed
            .programs
            .iter()
            .map(|body| Probe {
                program: body.name.clone(),
                name: body.attach_name.clone(),
                attach: body.attach.clone(),
            })
            .collect(),
        maps,
        actions,
        positional_parameters: typed.positional_parameters,
        numeric_positional_parameters: typed.numeric_positional_parameters.clone(),
        config: typed.config.clone(),
        runtime_values: typed
            .runtime_values
            .iter()
            .enumerate()
            .map(|(index, source)| btc_payload::RuntimeValue {
                offset: btc_payload::runtime_value_offset(typed.positional_parameters, index)
                    as u32,
                source: source.clone(),
            })
            .collect(),
        cgroup_path_filters: typed.cgroup_path_filters.clone(),
    };
    Ok(Compilation {
        object,
        metadata,
        programs,
        warnings,
    })
}

/// Fills in the script location of the actions that print it: `errorf` and `warnf` as
/// bpftrace's `SourceLocation` (1-based, the end column one past the call's last
/// character), and a map-full warning as its `line:column-end` and underlined line.
fn locate_actions(actions: &mut [Action], spans: &[(usize, Span)], source: &str) {
    for (index, span) in spans {
        match actions.get_mut(*index) {
            Some(Action::Diagnostic { location, .. }) => {
                let start = diagnostic::line_column(source, span.start);
                let end = diagnostic::line_column(source, span.end);
                *location = btc_payload::SourceLocation {
                    line: start.line as u32,
                    column: start.column as u32,
                    end_line: end.line as u32,
                    end_column: end.column as u32,
                };
            }
            Some(Action::MapFull { location, context }) => {
                (*location, *context) = source_context(source, span.start, span.end);
            }
            _ => {}
        }
    }
}

/// User maps in the order bpftrace prints them, alphabetical by name, and the actions
/// with their map references renumbered to that order.
fn user_maps(typed: &TypedProgram) -> (Vec<UserMap>, Vec<Action>) {
    let mut order: Vec<usize> = (0..typed.maps.len()).collect();
    order.sort_by(|a, b| typed.maps[*a].bpf_name.cmp(&typed.maps[*b].bpf_name));
    let mut position = vec![0; order.len()];
    for (sorted, original) in order.iter().enumerate() {
        position[*original] = sorted;
    }
    let maps = order
        .iter()
        .map(|index| {
            let map = &typed.maps[*index];
            UserMap {
                name: map.name.clone(),
                bpf_name: map.bpf_name.clone(),
                key: map.key.as_ref().map(MapKey::value_type),
                value: map.payload_value(),
            }
        })
        .collect();
    let actions = typed
        .actions
        .iter()
        .map(|action| match action {
            Action::PrintMap { map, top, divisor } => Action::PrintMap {
                map: position[*map],
                top: *top,
                divisor: *divisor,
            },
            Action::ClearMap { map } => Action::ClearMap {
                map: position[*map],
            },
            Action::ZeroMap { map } => Action::ZeroMap {
                map: position[*map],
            },
            other => other.clone(),
        })
        .collect();
    (maps, actions)
}

/// bpftrace's location of a run-time warning, `line:column-end`, and its context: the
/// script line with the span underlined with `~`.
fn source_context(source: &str, start: u32, end: u32) -> (String, String) {
    let start = (start as usize).min(source.len());
    let line_start = source[..start].rfind('\n').map_or(0, |index| index + 1);
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |index| start + index);
    let line = source[..start].matches('\n').count() + 1;
    let column = source[line_start..start].chars().count() + 1;
    // The statement's span ends with its `;`, bpftrace's assignment location before it.
    let end = (end as usize).clamp(start, line_end);
    let end = start + source[start..end].trim_end_matches([';', ' ', '\t']).len();
    let width = source[start..end].chars().count().max(1);
    let text = &source[line_start..line_end];
    (
        format!("{line}:{column}-{}", column + width),
        format!("{text}\n{}{}", " ".repeat(column - 1), "~".repeat(width)),
    )
}

/// The comment block at the top of a script (after any shebang), without comment markers:
/// what `--help` shows.
pub fn description(source: &str) -> String {
    let mut lines = Vec::new();
    let mut in_block = false;
    for line in source.lines() {
        let trimmed = line.trim();
        if lines.is_empty() && !in_block && trimmed.starts_with("#!") {
            continue;
        }
        if in_block {
            let (text, closed) = match trimmed.find("*/") {
                Some(end) => (&trimmed[..end], true),
                None => (trimmed, false),
            };
            lines.push(text.trim_start_matches('*').trim().to_string());
            if closed {
                break;
            }
        } else if let Some(rest) = trimmed.strip_prefix("//") {
            lines.push(
                rest.strip_prefix(' ')
                    .unwrap_or(rest)
                    .trim_end()
                    .to_string(),
            );
        } else if let Some(rest) = trimmed.strip_prefix("/*") {
            match rest.find("*/") {
                Some(end) => {
                    lines.push(rest[..end].trim().to_string());
                    break;
                }
                None => {
                    in_block = true;
                    lines.push(rest.trim_start_matches('*').trim().to_string());
                }
            }
        } else if trimmed.is_empty() && lines.is_empty() {
            continue;
        } else {
            break;
        }
    }
    while lines.first().is_some_and(String::is_empty) {
        lines.remove(0);
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn description_from_line_comments() {
        let source = "#!/usr/bin/env btc\n// execsnoop: trace exec()\n//\n// Usage: ./execsnoop\n\nBEGIN {}\n";
        assert_eq!(
            description(source),
            "execsnoop: trace exec()\n\nUsage: ./execsnoop"
        );
    }

    #[test]
    fn description_from_block_comment() {
        let source = "/*\n * opensnoop\n * traces open\n */\nBEGIN {}";
        assert_eq!(description(source), "opensnoop\ntraces open");
    }
}
