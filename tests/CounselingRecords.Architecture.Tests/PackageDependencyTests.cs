using System.Xml.Linq;

namespace CounselingRecords.Architecture.Tests;

public sealed class PackageDependencyTests
{
    [Fact]
    public void ProjectReferences_FollowThePackageMap()
    {
        var graph = Directory.GetDirectories(Path.Combine(RepositoryLayout.Root, "src"))
            .Select(dir => Path.Combine(dir, Path.GetFileName(dir) + ".csproj"))
            .Where(File.Exists)
            .ToDictionary(
                path => Path.GetFileNameWithoutExtension(path),
                path => (IReadOnlyCollection<string>)XDocument.Load(path).Descendants("ProjectReference")
                    .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
                    .ToList());

        Assert.Equal(DependencyRules.Allowed.Keys.Order(), graph.Keys.Order());
        Assert.Empty(DependencyRules.Violations(graph));
    }

    [Fact]
    public void CompiledAssemblies_ReferenceOnlyWhatThePackageMapAllows()
    {
        var graph = RepositoryLayout.SourceAssemblies.ToDictionary(
            assembly => assembly.GetName().Name!,
            assembly => (IReadOnlyCollection<string>)assembly.GetReferencedAssemblies().Select(r => r.Name!).ToList());

        Assert.Empty(DependencyRules.Violations(graph, transitive: true));
    }

    [Fact]
    public void AnAreaReferencingAnotherArea_IsReported()
    {
        var graph = new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["CounselingRecords.Billing"] = ["CounselingRecords.Core", "CounselingRecords.Scheduling"],
            ["CounselingRecords.Records"] = ["CounselingRecords.Core"],
        };

        var violation = Assert.Single(DependencyRules.Violations(graph));
        Assert.Contains("Area package CounselingRecords.Billing references area package CounselingRecords.Scheduling", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CounselingRecords.Core", "CounselingRecords.Records")]
    [InlineData("CounselingRecords.Records", "CounselingRecords.Practice")]
    [InlineData("CounselingRecords.Practice", "CounselingRecords.Storage.Sqlite")]
    [InlineData("CounselingRecords.Storage.InMemory", "CounselingRecords.Testing")]
    [InlineData("CounselingRecords.Testing", "CounselingRecords.Storage.Sqlite")]
    public void UpwardOrSidewaysReferences_AreReported(string package, string reference)
    {
        var graph = new Dictionary<string, IReadOnlyCollection<string>> { [package] = [reference] };

        Assert.Single(DependencyRules.Violations(graph));
    }

    [Fact]
    public void ThirdPartyReferences_AreNotPackageMapConcerns()
    {
        var graph = new Dictionary<string, IReadOnlyCollection<string>> { ["CounselingRecords.Records"] = ["CounselingRecords.Core", "NodaTime", "FluentValidation"] };

        Assert.Empty(DependencyRules.Violations(graph));
    }
}
