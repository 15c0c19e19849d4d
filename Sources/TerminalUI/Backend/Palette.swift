/// How many colours the terminal can show, and so which palette applies.
public enum ColorDepth: Sendable, Hashable {
    /// 256-colour terminals: the full colour-blind-safe palette.
    case colors256
    /// 8-colour terminals (e.g. `TERM=xterm`): the basic ANSI colours.
    case colors8
    /// No colour (`NO_COLOR`, `vt100`): bold, dim, reverse and underline only.
    case monochrome
}

/// A style resolved to terminal colour numbers; `-1` is the terminal's default
/// colour, which keeps the UI readable on both dark and light backgrounds.
struct ResolvedStyle: Hashable, Sendable {
    var foreground: Int16
    var background: Int16
    var attributes: TextAttributes
}

/// Maps semantic roles to terminal colours for one colour depth.
///
/// Hues follow Okabe–Ito (blue/orange instead of green/red) so positive and negative
/// stay distinguishable with colour-vision deficiencies. Backgrounds are only ever
/// painted together with an explicit foreground, so highlights do not depend on
/// whether the user's terminal is dark or light.
struct Palette: Sendable {
    let depth: ColorDepth

    /// Chart series colours in order: blue, orange, bluish green, sky blue, vermillion, reddish purple, yellow.
    private static let series256: [Int16] = [32, 214, 36, 74, 166, 175, 178]
    private static let series8: [Int16] = [4, 3, 6, 5, 1, 2]

    func resolve(_ style: Style) -> ResolvedStyle {
        switch depth {
        case .monochrome:
            var attributes = style.attributes
            if let role = style.foreground { attributes.formUnion(Self.monochromeAttributes(foreground: role)) }
            if let role = style.background { attributes.formUnion(Self.monochromeAttributes(background: role)) }
            return ResolvedStyle(foreground: -1, background: -1, attributes: attributes)
        case .colors8, .colors256:
            let background = style.background.map { backgroundColor($0) } ?? -1
            var foreground = style.foreground.map { foregroundColor($0) } ?? -1
            if foreground == -1, let role = style.background { foreground = contrastingForeground(on: role) }
            var attributes = style.attributes
            // The 8-colour palette has no grey: "muted" is the default colour, dimmed.
            if depth == .colors8, style.foreground == .muted || style.foreground == .border { attributes.insert(.dim) }
            return ResolvedStyle(foreground: foreground, background: background, attributes: attributes)
        }
    }

    private func foregroundColor(_ role: PaletteRole) -> Int16 {
        let wide = depth == .colors256
        switch role {
        case .text: return -1
        case .muted, .border: return wide ? 244 : -1
        case .accent, .positive: return wide ? 32 : 4
        case .header, .selection: return wide ? 31 : 4
        case .cursorColumn: return wide ? 244 : 6
        case .negative: return wide ? 166 : 1
        case .warning: return wide ? 136 : 5
        case .badge: return wide ? 132 : 5
        case .chart(let series): return seriesColor(series)
        }
    }

    private func backgroundColor(_ role: PaletteRole) -> Int16 {
        let wide = depth == .colors256
        switch role {
        case .text: return -1
        case .selection: return wide ? 24 : 4
        case .cursorColumn: return wide ? 238 : 6
        case .header: return wide ? 236 : 4
        case .badge: return wide ? 175 : 5
        default: return foregroundColor(role)
        }
    }

    /// The text colour used on a background when the style gives none.
    private func contrastingForeground(on role: PaletteRole) -> Int16 {
        let wide = depth == .colors256
        switch role {
        case .text: return -1
        case .selection, .header: return wide ? 231 : 7
        case .cursorColumn: return wide ? 255 : 0
        case .badge, .warning, .chart: return wide ? 16 : 0
        default: return wide ? 231 : 7
        }
    }

    private func seriesColor(_ series: Int) -> Int16 {
        let colors = depth == .colors256 ? Self.series256 : Self.series8
        return colors[((series % colors.count) + colors.count) % colors.count]
    }

    private static func monochromeAttributes(foreground role: PaletteRole) -> TextAttributes {
        switch role {
        case .muted, .border: return .dim
        case .accent, .header, .warning, .negative: return .bold
        default: return []
        }
    }

    private static func monochromeAttributes(background role: PaletteRole) -> TextAttributes {
        switch role {
        case .selection, .badge: return .reverse
        case .cursorColumn: return .underline
        case .header: return .bold
        default: return []
        }
    }
}
