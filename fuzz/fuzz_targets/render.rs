#![no_main]

// The human renderer over spans read from the input (see `claimcheck::fuzzing::diagnostic_over`),
// with the binary's settings: no colour, fixed width, no word breaking.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((diagnostic, files)) = claimcheck::fuzzing::diagnostic_over(data) else {
        return;
    };
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_width(100)
            .with_links(false)
            .with_break_words(false);
    let report = claimcheck::report::human::Report::new(&diagnostic, &files);
    let mut out = String::new();
    let _ = handler.render_report(&mut out, &report);
});
