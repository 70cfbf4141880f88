//! The active entity filters, as removable chips.

use corpus::bundle::EntityRef;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActiveFiltersProps {
    /// The entities with an active filter, in the order they were added.
    pub active: Vec<EntityRef>,
    /// Toggles the filter on an entity, by slug.
    pub on_toggle: Callback<String>,
    pub on_clear: Callback<()>,
}

/// Nothing when no filter is active; else a chip per filter that removes it, and "Clear all".
#[component(ActiveFilters)]
pub fn active_filters(props: &ActiveFiltersProps) -> Html {
    if props.active.is_empty() {
        return Html::default();
    }
    let clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <section class="active-filters" aria-label="Active filters">
            <span class="label">{ "Filtered by" }</span>
            <ul>
                for entity in props.active.iter() {
                    <li key={entity.id}>
                        <button type="button"
                            class={classes!("chip", "active", entity.kind.as_str())}
                            aria-label={format!("Remove filter: {}", entity.name)}
                            onclick={remove(&props.on_toggle, entity)}>
                            { &entity.name }<span class="remove" aria-hidden="true">{ "×" }</span>
                        </button>
                    </li>
                }
            </ul>
            if props.active.len() > 1 {
                <button type="button" class="clear" onclick={clear}>{ "Clear all" }</button>
            }
        </section>
    }
}

/// Removes the filter on `entity`.
fn remove(on_toggle: &Callback<String>, entity: &EntityRef) -> Callback<MouseEvent> {
    let slug = entity.slug.clone();
    on_toggle.reform(move |_: MouseEvent| slug.clone())
}
