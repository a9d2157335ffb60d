namespace CounselingRecords.Architecture.Tests;

/// <summary>
/// The package map of docs/architecture.md as data, and a checker that lists every reference it forbids.
/// </summary>
internal static class DependencyRules
{
    public const string Core = "CounselingRecords.Core";
    public const string Practice = "CounselingRecords.Practice";
    public const string Serialization = "CounselingRecords.Serialization.SystemTextJson";
    public const string InMemory = "CounselingRecords.Storage.InMemory";
    public const string Sqlite = "CounselingRecords.Storage.Sqlite";
    public const string DependencyInjection = "CounselingRecords.DependencyInjection";
    public const string Testing = "CounselingRecords.Testing";

    public static readonly IReadOnlySet<string> Areas = new HashSet<string>(StringComparer.Ordinal)
    {
        "CounselingRecords.Records",
        "CounselingRecords.TreatmentPlans",
        "CounselingRecords.Scheduling",
        "CounselingRecords.Policies",
        "CounselingRecords.Billing",
    };

    /// <summary>What each package may reference directly (see ADR 0001 for the adapter row).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Allowed = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        [Core] = new HashSet<string>(),
        ["CounselingRecords.Records"] = new HashSet<string> { Core },
        ["CounselingRecords.TreatmentPlans"] = new HashSet<string> { Core },
        ["CounselingRecords.Scheduling"] = new HashSet<string> { Core },
        ["CounselingRecords.Policies"] = new HashSet<string> { Core },
        ["CounselingRecords.Billing"] = new HashSet<string> { Core },
        [Practice] = new HashSet<string>(Areas) { Core },
        [Serialization] = new HashSet<string> { Practice },
        [InMemory] = new HashSet<string> { Core },
        [DependencyInjection] = new HashSet<string> { Practice, Serialization, InMemory },
        [Sqlite] = new HashSet<string> { Practice, Serialization, DependencyInjection },
        [Testing] = new HashSet<string> { Practice },
    };

    /// <summary>What each package may reach through any chain of references (the closure of <see cref="Allowed"/>).</summary>
    public static IReadOnlySet<string> AllowedTransitively(string package)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(Allowed.TryGetValue(package, out var direct) ? direct : []);
        while (pending.TryPop(out var next))
        {
            if (reached.Add(next) && Allowed.TryGetValue(next, out var further))
            {
                foreach (var item in further)
                {
                    pending.Push(item);
                }
            }
        }

        return reached;
    }

    /// <summary>
    /// Lists the forbidden references in a graph of package → referenced packages. Project references are
    /// checked as direct references; compiled assemblies may also reference what their references reach.
    /// </summary>
    public static IReadOnlyList<string> Violations(IReadOnlyDictionary<string, IReadOnlyCollection<string>> graph, bool transitive = false)
    {
        var violations = new List<string>();
        foreach (var (package, references) in graph)
        {
            if (!Allowed.ContainsKey(package))
            {
                violations.Add($"{package} is not in the package map; add it to docs/architecture.md and DependencyRules.Allowed.");
                continue;
            }

            var allowed = transitive ? AllowedTransitively(package) : Allowed[package];
            foreach (var reference in references.Where(r => r.StartsWith("CounselingRecords", StringComparison.Ordinal)))
            {
                if (Areas.Contains(package) && Areas.Contains(reference))
                {
                    violations.Add($"Area package {package} references area package {reference}; areas share ids through CounselingRecords.Core only.");
                }
                else if (!allowed.Contains(reference))
                {
                    violations.Add($"{package} references {reference}, which the package map does not allow.");
                }
            }
        }

        return violations;
    }
}
