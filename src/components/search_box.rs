//! The search box in the header.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub value: AttrValue,
    /// Called on every keystroke with the new text.
    pub on_input: Callback<String>,
    /// Called on Escape: clears the query (an open article stays open).
    #[prop_or_default]
    pub on_clear: Callback<()>,
    /// Lets the app focus the box when `/` is pressed.
    #[prop_or_default]
    pub input_ref: NodeRef,
}

/// A labelled `<input type="search">`: results follow every keystroke, Escape clears it.
#[component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let oninput = props
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let onkeydown = {
        let on_clear = props.on_clear.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_clear.emit(());
            }
        })
    };
    html! {
        <form class="search" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <label for="search">{ "Search articles" }</label>
            <input
                id="search"
                type="search"
                ref={props.input_ref.clone()}
                value={props.value.clone()}
                {oninput}
                {onkeydown}
                placeholder="Words, \"a phrase\", -exclude"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-hint"
            />
            <span id="search-hint" class="hint">{ "Press / to search, Esc to clear" }</span>
            <noscript>{ "Search needs JavaScript, which is off: the articles and the people, organisations and places are links." }</noscript>
        </form>
    }
}
