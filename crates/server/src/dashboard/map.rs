//! The world map drawn as SVG from Natural Earth country outlines (the `world-data`
//! crate), in an equirectangular projection: no tile server, nothing fetched.
use std::fmt::Write;
use std::sync::OnceLock;

/// Width of the map's SVG coordinate space; height is half of it.
pub const MAP_WIDTH: f64 = 1000.0;

/// Projects a longitude/latitude to the map's SVG coordinates.
///
/// ```
/// let (x, y) = detente_server::dashboard::map::project(0.0, 0.0);
/// assert_eq!((x, y), (500.0, 250.0));
/// ```
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    let k = MAP_WIDTH / 360.0;
    ((lon + 180.0) * k, (90.0 - lat) * k)
}

/// The country outlines as one `<g>` of `<path>`s, each with the country's ISO3
/// code and name; built once, then shared.
pub fn countries_svg() -> &'static str {
    static SVG: OnceLock<String> = OnceLock::new();
    SVG.get_or_init(build_countries_svg)
}

fn build_countries_svg() -> String {
    let data = world_data::load();
    let mut countries: Vec<_> = data.countries.values().collect();
    countries.sort_by(|a, b| a.iso_a3.cmp(&b.iso_a3));
    let mut out = String::with_capacity(400_000);
    out.push_str("<g class=\"countries\">");
    for c in countries {
        let mut d = String::new();
        for poly in &c.polygons {
            ring_path(&mut d, poly.exterior().0.iter().map(|p| (p.x as f64, p.y as f64)));
        }
        if d.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "<path data-iso3=\"{}\" d=\"{}\"><title>{}</title></path>",
            super::html::escape(&c.iso_a3),
            d,
            super::html::escape(&c.common_name)
        );
    }
    out.push_str("</g>");
    out
}

/// Appends one closed ring to an SVG path, dropping points closer than 0.6 px to
/// the previous one so the page stays small.
fn ring_path(d: &mut String, points: impl Iterator<Item = (f64, f64)>) {
    let mut last: Option<(f64, f64)> = None;
    let mut n = 0;
    for (lon, lat) in points {
        let (x, y) = project(lon, lat);
        if let Some((lx, ly)) = last {
            if (x - lx).abs() < 0.6 && (y - ly).abs() < 0.6 {
                continue;
            }
        }
        let _ = write!(d, "{}{:.1},{:.1}", if n == 0 { "M" } else { "L" }, x, y);
        last = Some((x, y));
        n += 1;
    }
    if n > 0 {
        d.push('Z');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_has_the_big_countries() {
        let svg = countries_svg();
        for iso in ["USA", "CHN", "RUS", "UKR", "IND", "BRA"] {
            assert!(svg.contains(&format!("data-iso3=\"{iso}\"")), "{iso} missing");
        }
        assert!(svg.len() < 1_500_000, "map too large: {} bytes", svg.len());
    }

    #[test]
    fn projection_corners() {
        assert_eq!(project(-180.0, 90.0), (0.0, 0.0));
        assert_eq!(project(180.0, -90.0), (MAP_WIDTH, MAP_WIDTH / 2.0));
    }
}
