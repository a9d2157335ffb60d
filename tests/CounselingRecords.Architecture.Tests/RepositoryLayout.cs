using System.Reflection;

namespace CounselingRecords.Architecture.Tests;

/// <summary>Finds the repository and the shipped assemblies.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<Assembly> SourceAssemblies { get; } =
    [
        typeof(Identity.ClientId).Assembly,
        Assembly.Load("CounselingRecords.Records"),
        Assembly.Load("CounselingRecords.TreatmentPlans"),
        Assembly.Load("CounselingRecords.Scheduling"),
        Assembly.Load("CounselingRecords.Policies"),
        Assembly.Load("CounselingRecords.Billing"),
        Assembly.Load("CounselingRecords.Practice"),
        Assembly.Load("CounselingRecords.Serialization.SystemTextJson"),
        Assembly.Load("CounselingRecords.Storage.InMemory"),
        Assembly.Load("CounselingRecords.Storage.Sqlite"),
        Assembly.Load("CounselingRecords.DependencyInjection"),
        Assembly.Load("CounselingRecords.Testing"),
    ];

    /// <summary>The assemblies that hold the domain model (the kernel, the areas and the workflows).</summary>
    public static IReadOnlyList<Assembly> DomainAssemblies { get; } = SourceAssemblies
        .Where(a => a.GetName().Name is "CounselingRecords.Core" or "CounselingRecords.Records" or "CounselingRecords.TreatmentPlans"
            or "CounselingRecords.Scheduling" or "CounselingRecords.Policies" or "CounselingRecords.Billing" or "CounselingRecords.Practice")
        .ToList();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CounselingRecords.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CounselingRecords.sln was not found above the test output folder.");
    }
}
