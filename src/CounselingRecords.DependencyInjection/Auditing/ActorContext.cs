using CounselingRecords.Access;

namespace CounselingRecords.DependencyInjection.Auditing;

/// <summary>The default <see cref="IActorContext"/>: one per scope, set by the host when the scope starts.</summary>
public sealed class ActorContext : IActorContext
{
    private Actor? _actor;

    /// <inheritdoc />
    public Actor? Actor => Volatile.Read(ref _actor);

    /// <summary>Sets the acting user of this scope.</summary>
    /// <param name="actor">The actor.</param>
    public void Use(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Volatile.Write(ref _actor, actor);
    }
}
