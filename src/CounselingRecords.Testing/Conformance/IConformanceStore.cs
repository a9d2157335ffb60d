namespace CounselingRecords.Testing.Conformance;

/// <summary>
/// A storage adapter under test: a fresh, empty store that opens independent sessions. Each session stands for
/// one scope of a host (one request, one job): its repositories, unit of work and audit trail share a
/// transaction while a unit of work runs. Sessions may be used concurrently with each other.
/// </summary>
public interface IConformanceStore : IAsyncDisposable
{
    /// <summary>Opens a session.</summary>
    /// <returns>The session.</returns>
    IConformanceSession OpenSession();
}
