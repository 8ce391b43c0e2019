//! Static assets served by the dashboard: our stylesheet and script (in this
//! folder, compiled in) and plotly.js, which the `plotly` crate ships.
use std::sync::OnceLock;

/// Our stylesheet.
pub const CSS: &str = include_str!("dashboard.css");
/// Our script: fetches data from the API and draws charts, lists and the map.
pub const JS: &str = include_str!("dashboard.js");

/// plotly.js, taken from the `plotly` crate's offline bundle (it ships the
/// minified library so that plots work without a network).
pub fn plotly_js() -> &'static str {
    static JS: OnceLock<String> = OnceLock::new();
    JS.get_or_init(|| {
        let bundle = plotly::Plot::offline_js_sources();
        bundle
            .split("</script>")
            .filter_map(|part| part.split_once('>').map(|(_, body)| body))
            .find(|body| body.contains("Plotly"))
            .unwrap_or("")
            .to_string()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn plotly_is_extracted() {
        let js = super::plotly_js();
        assert!(js.len() > 1_000_000, "plotly.js is {} bytes", js.len());
        assert!(!js.contains("<script"));
    }
}
