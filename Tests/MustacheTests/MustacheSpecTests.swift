import Foundation
import Mustache
import Testing
import TestSupport

/// Runs every example of every file in `shared/conformance/mustache`, with Swift closures for lambdas.
@Suite struct MustacheSpecTests {
    struct Example {
        let file: String
        let name: String
        let template: String
        let data: TemplateValue
        let partials: [String: String]
        let expected: String
    }

    static func loadExamples() throws -> [Example]? {
        guard let folder = try ConformanceSuite.directory("conformance/mustache") else { return nil }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var examples: [Example] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard case .object(let root) = try TemplateValue(json: text), case .array(let tests)? = root["tests"] else {
                Issue.record("\(file): no tests array")
                continue
            }
            for case .object(let test) in tests {
                guard case .string(let name)? = test["name"], case .string(let template)? = test["template"],
                      case .string(let expected)? = test["expected"] else { continue }
                var partials: [String: String] = [:]
                if case .object(let given)? = test["partials"] {
                    for (key, value) in given { if case .string(let text) = value { partials[key] = text } }
                }
                let data = SpecLambdas.replacingLambdas(in: test["data"] ?? .null, test: name)
                examples.append(Example(file: file, name: name, template: template, data: data, partials: partials, expected: expected))
            }
        }
        return examples
    }

    @Test func everyExampleOfEverySpecFilePasses() throws {
        guard let examples = try Self.loadExamples() else { return }
        var passed: [String: Int] = [:]
        var total: [String: Int] = [:]
        for example in examples {
            total[example.file, default: 0] += 1
            let library = TemplateLibrary(templates: example.partials)
            do {
                let template = try Template(name: example.name, source: example.template)
                let output = try template.render(example.data, options: RenderOptions(kind: .html), library: library)
                if output == example.expected {
                    passed[example.file, default: 0] += 1
                } else {
                    Issue.record("\(example.file) «\(example.name)»: expected \(example.expected.debugDescription), got \(output.debugDescription)")
                }
            } catch {
                Issue.record("\(example.file) «\(example.name)»: \(error)")
            }
        }
        for file in total.keys.sorted() {
            print("Mustache spec \(file): \(passed[file, default: 0]) of \(total[file, default: 0]) passed")
        }
        #expect(examples.count == 194)
    }
}

/// The Swift closures that stand in for the spec's per-language lambda code.
enum SpecLambdas {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            calls += 1
            return calls
        }
    }

    static func replacingLambdas(in value: TemplateValue, test: String) -> TemplateValue {
        switch value {
        case .object(let members):
            if case .string("code")? = members["__tag__"] { return lambda(for: test) }
            return .object(members.mapValues { replacingLambdas(in: $0, test: test) })
        case .array(let items):
            return .array(items.map { replacingLambdas(in: $0, test: test) })
        default:
            return value
        }
    }

    static func lambda(for test: String) -> TemplateValue {
        switch test {
        case "Interpolation": return .lambda(MustacheLambda { _ in "world" })
        case "Interpolation - Expansion": return .lambda(MustacheLambda { _ in "{{planet}}" })
        case "Interpolation - Alternate Delimiters": return .lambda(MustacheLambda { _ in "|planet| => {{planet}}" })
        case "Interpolation - Multiple Calls":
            let counter = Counter()
            return .lambda(MustacheLambda { _ in String(counter.next()) })
        case "Escaping": return .lambda(MustacheLambda { _ in ">" })
        case "Section": return .lambda(MustacheLambda { text in text == "{{x}}" ? "yes" : "no" })
        case "Section - Expansion": return .lambda(MustacheLambda { text in text + "{{planet}}" + text })
        case "Section - Alternate Delimiters": return .lambda(MustacheLambda { text in text + "{{planet}} => |planet|" + text })
        case "Section - Multiple Calls": return .lambda(MustacheLambda { text in "__" + text + "__" })
        case "Inverted Section": return .lambda(MustacheLambda { _ in "" })
        default: return .lambda(MustacheLambda { _ in "" })
        }
    }
}
