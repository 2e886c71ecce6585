//! `claimcheck init`: a minimal working project (one neutral article, its claims, the
//! entities they name, two rules and the coverage ignore list) that `claimcheck check` and
//! `claimcheck coverage` pass, with the JSON Schemas that the files' first-line comments
//! point editors to, to start a corpus from.

use std::path::{Path, PathBuf};

/// The files of a new project: path relative to the project folder, and contents.
pub const FILES: &[(&str, &str)] = &[
    ("sources/sources.yaml", include_str!("init/sources.yaml")),
    (
        "sources/example-article.txt",
        include_str!("init/article.txt"),
    ),
    ("entities/entities.yaml", include_str!("init/entities.yaml")),
    (
        "claims/example-article.yaml",
        include_str!("init/claims.yaml"),
    ),
    ("rules/rules.yaml", include_str!("init/rules.yaml")),
    ("coverage.yaml", include_str!("init/coverage.yaml")),
];

/// Every file `init` writes: [`FILES`] and the schemas under `schemas/`.
pub fn files() -> Vec<(String, String)> {
    let examples = FILES
        .iter()
        .map(|(path, text)| (path.to_string(), text.to_string()));
    let schemas = crate::schema::files()
        .into_iter()
        .map(|(name, text)| (format!("{}/{name}", crate::schema::DEFAULT_DIR), text));
    examples.chain(schemas).collect()
}

/// Why `init` wrote nothing.
#[derive(Debug)]
pub enum InitError {
    /// These files exist already; none was touched.
    WouldOverwrite(Vec<PathBuf>),
    /// The folder holds a project already (these of its input folders have files): the
    /// example's claims, article and rules would be checked with the project's own.
    ExistingProject(PathBuf, Vec<&'static str>),
    /// The folder lies inside an input folder of a project (its root, the input folder):
    /// the example's files would be read as that project's input, and break it.
    InsideProject(PathBuf, &'static str),
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for InitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InitError::WouldOverwrite(paths) => {
                let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                write!(
                    f,
                    "refusing to overwrite existing files: {}",
                    names.join(", ")
                )
            }
            InitError::ExistingProject(folder, inputs) => write!(
                f,
                "`{}` holds a project already ({} have files): the example's claims, article \
                 and rules would be checked with its own; run `claimcheck init` in a new or \
                 empty folder, or `claimcheck schema` for the schemas alone",
                folder.display(),
                inputs.join(", ")
            ),
            InitError::InsideProject(root, input) => write!(
                f,
                "the folder is inside `{input}` of the project at `{}`: the example's files \
                 would be read as that project's input; run `claimcheck init` in a folder of its own",
                root.display()
            ),
            InitError::Io(path, error) => write!(f, "could not write {}: {error}", path.display()),
        }
    }
}

/// The project whose input folder (`claims/`, `sources/`, `entities/`, `rules/`) holds
/// `folder` or is it, if any: a folder of that name beside another of them or beside a
/// `claimcheck.yaml`.
fn enclosing_project(folder: &Path) -> Option<(PathBuf, &'static str)> {
    const INPUTS: [&str; 4] = ["claims", "sources", "entities", "rules"];
    // The folder may not exist yet: judge the nearest one that does.
    let existing = folder
        .ancestors()
        .find(|a| a.is_dir())?
        .canonicalize()
        .ok()?;
    existing.ancestors().find_map(|candidate| {
        let name = candidate.file_name()?.to_str()?;
        let input = INPUTS.iter().find(|input| **input == name)?;
        let root = candidate.parent()?;
        let is_project = root.join(crate::config::FILE_NAME).is_file()
            || INPUTS
                .iter()
                .any(|other| other != input && root.join(other).is_dir());
        is_project.then(|| {
            (
                root.to_path_buf(),
                match *input {
                    "claims" => "claims/",
                    "sources" => "sources/",
                    "entities" => "entities/",
                    _ => "rules/",
                },
            )
        })
    })
}

/// Writes the example project under `folder`, creating it if needed. Nothing is written if
/// any of the files already exists.
pub fn init(folder: &Path) -> Result<Vec<PathBuf>, InitError> {
    if let Some((root, input)) = enclosing_project(folder) {
        return Err(InitError::InsideProject(root, input));
    }
    let inputs: Vec<&'static str> = ["claims/", "sources/", "entities/", "rules/"]
        .into_iter()
        .filter(|input| {
            std::fs::read_dir(folder.join(input)).is_ok_and(|mut entries| entries.next().is_some())
        })
        .collect();
    if !inputs.is_empty() {
        return Err(InitError::ExistingProject(folder.to_path_buf(), inputs));
    }
    let files = files();
    let targets: Vec<PathBuf> = files.iter().map(|(path, _)| folder.join(path)).collect();
    let existing: Vec<PathBuf> = targets.iter().filter(|p| p.exists()).cloned().collect();
    if !existing.is_empty() {
        return Err(InitError::WouldOverwrite(existing));
    }
    for (path, (_, text)) in targets.iter().zip(&files) {
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(path.parent().expect("every file is in a folder"))?;
            // `create_new` so that a file appearing meanwhile is not overwritten either.
            use std::io::Write;
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)?;
            file.write_all(text.as_bytes())
        };
        write().map_err(|error| InitError::Io(path.clone(), error))?;
    }
    Ok(targets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_project_passes_check() {
        let dir = tempfile::tempdir().unwrap();
        let written = init(dir.path()).unwrap();
        assert_eq!(written.len(), files().len());
        let outcome = crate::check::check(dir.path(), &crate::check::Options::default());
        assert!(outcome.diagnostics.is_empty(), "{:#?}", outcome.diagnostics);
        assert_eq!(outcome.summary.claims, 3);
        assert_eq!(outcome.summary.rules, 2);
        let coverage = crate::citation::coverage::run(dir.path(), &Default::default());
        assert!(
            coverage.diagnostics.is_empty(),
            "{:#?}",
            coverage.diagnostics
        );
        assert_eq!(coverage.report.total.uncovered(), 0);
        assert!(coverage.report.total.found >= 4);
    }

    #[test]
    fn every_example_file_names_its_schema_on_its_first_line() {
        let names: Vec<String> = files().into_iter().map(|(path, _)| path).collect();
        for (path, text) in FILES.iter().filter(|(path, _)| path.ends_with(".yaml")) {
            let first = text.lines().next().unwrap();
            let schema = first
                .strip_prefix("# yaml-language-server: $schema=")
                .unwrap_or_else(|| panic!("{path} has no schema comment: {first}"));
            let folder = std::path::Path::new(path).parent().unwrap();
            let target = folder.join(schema);
            let target = crate::files::display_name(std::path::Path::new(""), &target)
                .replace("claims/../", "")
                .replace("sources/../", "")
                .replace("entities/../", "")
                .replace("rules/../", "");
            assert!(
                names.contains(&target),
                "{path} names {schema}: no such file"
            );
        }
    }

    #[test]
    fn init_refuses_to_overwrite_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("coverage.yaml"), "ignore: []\n").unwrap();
        let error = init(dir.path()).unwrap_err();
        assert!(matches!(&error, InitError::WouldOverwrite(paths) if paths.len() == 1));
        assert!(!dir.path().join("claims").exists());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("coverage.yaml")).unwrap(),
            "ignore: []\n"
        );
    }

    #[test]
    fn init_writes_nothing_inside_an_input_folder_of_a_project() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("claims")).unwrap();
        std::fs::create_dir_all(dir.path().join("sources")).unwrap();
        for inside in ["claims", "claims/new", "sources/deeper/still"] {
            let error = init(&dir.path().join(inside)).unwrap_err();
            assert!(
                matches!(&error, InitError::InsideProject(_, input) if inside.starts_with(input.trim_end_matches('/'))),
                "{inside}: {error}"
            );
        }
        assert_eq!(
            std::fs::read_dir(dir.path().join("claims"))
                .unwrap()
                .count(),
            0
        );
        // A folder merely named `rules` elsewhere is no project's.
        let lone = tempfile::tempdir().unwrap();
        assert!(init(&lone.path().join("rules")).is_ok());
    }

    #[test]
    fn init_adds_no_example_to_an_existing_project() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("rules")).unwrap();
        std::fs::create_dir_all(dir.path().join("claims")).unwrap();
        std::fs::write(dir.path().join("rules/mine.yaml"), "rules: []\n").unwrap();
        let error = init(dir.path()).unwrap_err();
        assert!(
            matches!(&error, InitError::ExistingProject(_, inputs) if inputs == &["rules/"]),
            "{error}"
        );
        // Nothing written: an empty input folder is not a project, and stays empty.
        assert!(!dir.path().join("rules/rules.yaml").exists());
        assert!(!dir.path().join("schemas").exists());
        assert_eq!(
            std::fs::read_dir(dir.path().join("claims"))
                .unwrap()
                .count(),
            0
        );
    }
}
