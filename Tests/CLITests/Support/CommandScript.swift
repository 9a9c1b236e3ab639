import Foundation

/// A scripted CLI test in the style of pandoc's `test/command/*.md`: commands, then what they print.
///
/// ```
/// Free text before the first command describes the test.
///
/// % tilstandsrapport check feil
/// 2> feil[INN002]: Innstillingen «rapportår» mangler i tilstandsrapport.txt.
/// 2> 2 feil, 1 advarsel.
/// => 1
/// ```
///
/// Lines after a `% ` line are the expected output: plain lines on standard output, `2> ` lines on standard
/// error, in the order they are printed; `=> N` is the exit status (0 when left out). Blank lines at the end
/// of a block only separate commands. Besides `tilstandsrapport`, a script can run `write PATH TEXT…`,
/// `cat PATH`, `ls [PATH]`, `mkdir PATH` and `symlink TARGET PATH` in its own fresh folder, which holds the
/// fake projects `eksempel`, `advarsler` and `feil`.
struct CommandScript: Equatable {
    struct Step: Equatable {
        var command: String
        var expected: [String]
        var status: Int32
    }

    var preamble: [String]
    var steps: [Step]

    init(parsing text: String) {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        preamble = []
        steps = []
        for line in lines {
            if line.hasPrefix("% ") {
                steps.append(Step(command: String(line.dropFirst(2)), expected: [], status: 0))
            } else if steps.isEmpty {
                preamble.append(line)
            } else {
                steps[steps.count - 1].expected.append(line)
            }
        }
        for index in steps.indices {
            while steps[index].expected.last == "" { steps[index].expected.removeLast() }
            if let last = steps[index].expected.last, last.hasPrefix("=> "), let status = Int32(last.dropFirst(3)) {
                steps[index].status = status
                steps[index].expected.removeLast()
            }
        }
    }

    /// The script text with `steps`' outputs, for re-recording.
    var text: String {
        var lines = preamble
        for (index, step) in steps.enumerated() {
            lines.append("% " + step.command)
            lines += step.expected
            lines.append("=> \(step.status)")
            if index < steps.count - 1 { lines.append("") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Splits a command line at spaces; double quotes group words.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }
}
