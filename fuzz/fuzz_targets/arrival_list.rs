//! 新着資料一覧 (one genre's new arrivals).
#![no_main]
use toshokan::client::parse::arrivals;
use toshokan::model::Genre;

toshokan_fuzz::fuzz_doc!(|doc| {
    let genre = Genre {
        code: "22".into(),
        name: "文学".into(),
    };
    arrivals::parse_arrivals(doc, &genre)
});
