using CounselingRecords.Access;

namespace CounselingRecords.DependencyInjection.Auditing;

/// <summary>
/// Who is acting in the current scope, for the audit entries storage writes on its own (reads of clinical
/// records, R7.15). A host implements it over its authentication (or uses <see cref="ActorContext"/> and sets
/// the actor at the start of each scope).
/// </summary>
public interface IActorContext
{
    /// <summary>Gets the acting user, or null when nobody is signed in.</summary>
    Actor? Actor { get; }
}
