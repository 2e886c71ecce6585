#![no_main]

// The human renderer over spans read from the input (see `claimcheck::fuzzing::diagnostic_over`),
// as the binary renders: excerpts trimmed to a width, no colour. The width varies with the
// input, down to narrower than any label.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((diagnostic, files)) = claimcheck::fuzzing::diagnostic_over(data) else {
        return;
    };
    let style = claimcheck::report::terminal::Style {
        width: 10 + data.len() % 150,
        color: false,
    };
    let _ = claimcheck::report::terminal::render(&[diagnostic], &files, style);
});
