//! The page frames. Each page is static HTML with `data-` attributes that tell
//! `dashboard.js` what to fetch and draw; user input is always escaped.
use super::html::{escape, page, Nav};
use super::map;

/// A CAMEO actor or country code from a URL, reduced to its letters (A–Z) so it
/// can be placed in markup and API queries safely.
fn code(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_alphanumeric()).take(32).collect::<String>().to_ascii_uppercase()
}

const QUAD_LEGEND: &str = "<div class=\"legend\" aria-label=\"Quad classes\"><span class=\"q1\">Verbal cooperation</span>\
<span class=\"q2\">Material cooperation</span><span class=\"q3\">Verbal conflict</span><span class=\"q4\">Material conflict</span></div>";

/// The overview: events over time by quad class, top dyads and actors for a period.
pub fn overview() -> String {
    let body = format!(
        "<h1>Overview</h1>\
<form class=\"filters\" id=\"period\"><label>From<input type=\"date\" name=\"from\"></label>\
<label>To<input type=\"date\" name=\"to\"></label><label>Interval<select name=\"interval\">\
<option value=\"month\">month</option><option value=\"day\">day</option><option value=\"year\">year</option></select></label>\
<button>Apply</button></form>\
<div class=\"stats\" id=\"stats\" aria-live=\"polite\"></div>\
<section class=\"panel\"><h2>Events over time, by quad class</h2>{QUAD_LEGEND}\
<div class=\"chart\" id=\"overview-chart\" data-series=\"all\" role=\"img\" aria-label=\"Events per period by quad class\"></div></section>\
<div class=\"grid\"><section class=\"panel\"><h2>Top dyads</h2><div id=\"top-dyads\"></div></section>\
<section class=\"panel\"><h2>Top actors</h2><div id=\"top-actors\"></div></section></div>"
    );
    page("Overview", Nav::Overview, &body, true)
}

/// A dyad: cooperation and conflict between two actors over time, with the events below.
pub fn dyad(a: &str, b: &str) -> String {
    let (a, b) = (code(a), code(b));
    let body = format!(
        "<h1>Dyad {a} ↔ {b}</h1>\
<form class=\"filters\" id=\"dyad-form\"><label>Actor A<input name=\"a\" value=\"{a}\" size=\"8\"></label>\
<label>Actor B<input name=\"b\" value=\"{b}\" size=\"8\"></label><label>Interval<select name=\"interval\">\
<option value=\"month\">month</option><option value=\"year\">year</option><option value=\"day\">day</option></select></label>\
<button>Show</button></form>\
<div class=\"stats\" id=\"dyad-stats\" aria-live=\"polite\"></div>\
<section class=\"panel\"><h2>Cooperation and conflict over time</h2>{QUAD_LEGEND}\
<div class=\"chart\" id=\"dyad-chart\" data-a=\"{a}\" data-b=\"{b}\" role=\"img\" aria-label=\"Goldstein and event counts for {a} and {b} by period; click a point to list its events\"></div>\
<p class=\"muted\">Click a point to list that period's events.</p></section>\
<section><h2 id=\"list-title\">Events</h2><div id=\"event-list\" data-dyad=\"{a},{b}\" aria-live=\"polite\"></div></section>"
    );
    page(&format!("{a}–{b}"), Nav::Dyad, &body, true)
}

/// An actor: whom it deals with and how, over time.
pub fn actor(c: &str) -> String {
    let c = code(c);
    let body = format!(
        "<h1>Actor {c}</h1>\
<section class=\"panel\"><h2>Events involving {c} over time</h2>{QUAD_LEGEND}\
<div class=\"chart\" id=\"actor-chart\" data-actor=\"{c}\" role=\"img\" aria-label=\"Events involving {c} by period\"></div></section>\
<section class=\"panel\"><h2>Counterparts</h2><div id=\"counterparts\" data-actor=\"{c}\"></div></section>\
<section><h2>Events</h2><div id=\"event-list\" data-actor=\"{c}\" aria-live=\"polite\"></div></section>"
    );
    page(&format!("Actor {c}"), Nav::Actor, &body, true)
}

/// The event list with filters and pagination; filters come from the query string.
pub fn events() -> String {
    let body = "<h1>Events</h1>\
<form class=\"filters\" id=\"event-filters\">\
<label>Actor<input name=\"actor\" size=\"8\" placeholder=\"USA\"></label>\
<label>Dyad<input name=\"dyad\" size=\"9\" placeholder=\"USA,CHN\"></label>\
<label>CAMEO root<select name=\"root\"><option value=\"\">any</option>\
<option>01</option><option>02</option><option>03</option><option>04</option><option>05</option><option>06</option><option>07</option>\
<option>08</option><option>09</option><option>10</option><option>11</option><option>12</option><option>13</option><option>14</option>\
<option>15</option><option>16</option><option>17</option><option>18</option><option>19</option><option>20</option></select></label>\
<label>Quad class<select name=\"quad\"><option value=\"\">any</option><option value=\"1\">1 verbal coop.</option>\
<option value=\"2\">2 material coop.</option><option value=\"3\">3 verbal conflict</option><option value=\"4\">4 material conflict</option></select></label>\
<label>From<input type=\"date\" name=\"from\"></label><label>To<input type=\"date\" name=\"to\"></label>\
<label>Place<input name=\"place\" size=\"10\"></label><label>Text<input name=\"q\" type=\"search\"></label>\
<button>Filter</button></form><div id=\"event-list\" data-from-query=\"1\" aria-live=\"polite\"></div>";
    page("Events", Nav::Events, body, false)
}

/// One article with every mention and event annotated.
pub fn article(id: &str) -> String {
    let body = format!(
        "<div id=\"article\" data-id=\"{}\"><p class=\"muted\">Loading article…</p></div>",
        escape(id)
    );
    page("Article", Nav::Article, &body, false)
}

/// The map: event locations as points over country outlines.
pub fn map_page() -> String {
    let w = map::MAP_WIDTH;
    let body = format!(
        "<h1>Map</h1><form class=\"filters\" id=\"map-filters\"><label>From<input type=\"date\" name=\"from\"></label>\
<label>To<input type=\"date\" name=\"to\"></label><label>Actor<input name=\"actor\" size=\"8\"></label><button>Apply</button></form>\
{QUAD_LEGEND}<p id=\"map-summary\" class=\"muted\" aria-live=\"polite\"></p><svg class=\"map\" id=\"map\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"Event locations\">{}<g id=\"points\"></g></svg>\
<section><h2 id=\"list-title\">Events</h2><div id=\"event-list\" data-from-map=\"1\" aria-live=\"polite\"></div></section>",
        map::countries_svg(),
        h = w / 2.0
    );
    page("Map", Nav::Map, &body, false)
}
