export const id = 442;
export const ids = [442];
export const modules = {

/***/ 7442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand)
/* harmony export */ });
/* harmony import */ var _kernel_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5788);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2386);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3614);
/** The `deploy` command. Its capability has not landed yet: it fails clearly instead of faking outputs. */



const deployCommand = (0,_kernel_command_js__WEBPACK_IMPORTED_MODULE_2__/* .unavailableCommand */ ._1)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .deploySpec */ .h, () => new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUnavailableError */ .iz("deploy"));


/***/ })

};
