use thiserror::Error;

/// Why an events dictionary (the CAMEO table or a pattern file) could not be used.
/// Every variant names the file and, where it applies, the 1-based line.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum EventsError {
    /// A row of the CAMEO table is malformed.
    #[error("{file}:{line}: {message}")]
    Table {
        /// The table file.
        file: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A pattern entry is malformed or refers to an unknown code.
    #[error("{file}:{line}: {message}")]
    Pattern {
        /// The pattern file.
        file: String,
        /// 1-based line of the entry.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A file is not valid TOML or could not be read.
    #[error("{file}: {message}")]
    File {
        /// The file.
        file: String,
        /// What is wrong.
        message: String,
    },
}
